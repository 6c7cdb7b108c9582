import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { HttpError, requireJson } from '../../lib/http.js';
import { expectedOrigin } from '../../lib/origin.js';
import { currentStaff } from '../../plugins/staff-auth.js';
import { ErrorBody } from '../../../../contract/api/common.js';
import { QR_BODY_LIMIT, SignedQr, SignQrBody } from '../../../../contract/api/qr-codes.js';

const statusOf = { no_pack: 503, unknown_form: 422, qr_key_missing: 503, qr_key_mismatch: 409, qr_refused: 422 } as const;

/**
 * Signs a notice's QR code. Administrators only: a signed code makes every terminal fill
 * in the words it carries, so who signed what is audited, with a hash of the link that a
 * code found on a pole can be matched against.
 */
export default async function qrCodeRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Body: SignQrBody; Reply: SignedQr }>(
    '/qr-codes',
    {
      bodyLimit: QR_BODY_LIMIT,
      onRequest: [app.requireStaff('admin'), requireJson],
      schema: { body: SignQrBody, response: { 201: SignedQr, '4xx': ErrorBody, '5xx': ErrorBody } },
    },
    async (request, reply) => {
      const { formId, prefill = {} } = request.body;
      const result = await app.qrCodes.sign({ formId, prefill, origin: expectedOrigin(request, app.qrCodes.publicOrigin) });
      if (!result.ok) throw new HttpError(statusOf[result.code], result.code, result.message);
      await app.audit.record({
        actor: currentStaff(request).username,
        action: 'qr.sign',
        target: formId,
        detail: { fields: Object.keys(prefill), kid: result.kid, urlSha256: createHash('sha256').update(result.url).digest('hex') },
      });
      return reply.code(201).send({ url: result.url, kid: result.kid });
    },
  );
}
