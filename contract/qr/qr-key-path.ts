/** Where the content pack carries the public half of the city's QR signing key (an EC P-256 JWK). */
export const QR_KEY_PACK_PATH = 'keys/qr-signing.json';
