import type { FastifyInstance } from 'fastify';
import counterRoutes from './counter.js';
import healthRoutes from './health.js';
import kioskDeviceRoutes from './kiosks.js';
import libraryRoutes from './library.js';
import type { AvailabilityLookup } from '../library/calil-availability.js';
import publicNoticeRoutes from './notices.js';
import shelterRoutes from './shelters.js';
import staffRoutes from './staff/index.js';
import reservationRoutes from './reservations.js';
import replyRoutes from './replies.js';
import statusRoutes from './status.js';
import submissionRoutes from './submissions.js';

export interface ApiOptions {
  version: string;
  libraryAvailability?: AvailabilityLookup | undefined;
}

// Registered explicitly rather than autoloaded: the list is short, the order is visible,
// and it behaves the same from tsx, vitest and the compiled build.
export default async function apiRoutes(app: FastifyInstance, options: ApiOptions): Promise<void> {
  await app.register(healthRoutes, { version: options.version });
  await app.register(submissionRoutes);
  await app.register(statusRoutes);
  await app.register(replyRoutes);
  await app.register(reservationRoutes);
  await app.register(publicNoticeRoutes);
  await app.register(shelterRoutes);
  await app.register(kioskDeviceRoutes);
  await app.register(libraryRoutes, { availability: options.libraryAvailability });
  await app.register(counterRoutes);
  await app.register(staffRoutes, { prefix: '/staff' });
}
