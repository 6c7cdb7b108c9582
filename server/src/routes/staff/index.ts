import type { FastifyInstance } from 'fastify';
import auditRoutes from './audit.js';
import counterConversationRoutes from './counter.js';
import kioskRoutes from './kiosks.js';
import libraryHoldRoutes from './library-holds.js';
import loginRoutes from './login.js';
import noticeRoutes from './notices.js';
import progressRoutes from './progress.js';
import staffReservationRoutes from './reservations.js';
import qrCodeRoutes from './qr-codes.js';
import staffReplyRoutes from './replies.js';
import sessionRoutes from './session.js';
import staffShelterRoutes from './shelters.js';
import submissionRoutes from './submissions.js';

/**
 * Everything under /api/staff. Only login is open; every other route sits in a scope whose
 * first hook demands a session, so a route added here later cannot forget it.
 */
export default async function staffRoutes(app: FastifyInstance): Promise<void> {
  // Ciphertexts, CSRF tokens and audit trails must not linger in any cache.
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });
  await app.register(loginRoutes);
  await app.register(async (authed) => {
    authed.addHook('onRequest', app.requireStaff());
    await authed.register(sessionRoutes);
    await authed.register(submissionRoutes);
    await authed.register(progressRoutes);
    await authed.register(staffReplyRoutes);
    await authed.register(staffReservationRoutes);
    await authed.register(auditRoutes);
    await authed.register(kioskRoutes);
    await authed.register(noticeRoutes);
    await authed.register(qrCodeRoutes);
    await authed.register(staffShelterRoutes);
    await authed.register(libraryHoldRoutes);
    await authed.register(counterConversationRoutes);
  });
}
