import { lazy } from 'preact-iso';

/**
 * Every screen is its own chunk, loaded when first visited; the service worker
 * precaches them all, so offline navigation never waits on the network.
 */
export const routes = {
  home: { path: '/', component: lazy(() => import('../features/home/home-screen')) },
  attract: { path: '/attract', component: lazy(() => import('../features/attract/attract-screen')) },
  language: { path: '/language', component: lazy(() => import('../features/language/language-screen')) },
  settings: { path: '/settings', component: lazy(() => import('../features/settings/settings-screen')) },
  guides: { path: '/guides', component: lazy(() => import('../features/guides/guides-screen')) },
  guide: { path: '/guides/:id', component: lazy(() => import('../features/guides/guide-screen')) },
  faq: { path: '/faq', component: lazy(() => import('../features/faq/faq-screen')) },
  ordinances: { path: '/ordinances', component: lazy(() => import('../features/ordinances/ordinances-screen')) },
  ordinance: { path: '/ordinances/:id', component: lazy(() => import('../features/ordinances/ordinance-screen')) },
  facilities: { path: '/facilities', component: lazy(() => import('../features/facilities/facilities-screen')) },
  facility: { path: '/facilities/:id', component: lazy(() => import('../features/facilities/facility-screen')) },
  events: { path: '/events', component: lazy(() => import('../features/events/events-screen')) },
  search: { path: '/search', component: lazy(() => import('../features/search/search-screen')) },
  forms: { path: '/forms', component: lazy(() => import('../features/forms/forms-screen')) },
  form: { path: '/f/:id', component: lazy(() => import('../features/forms/form-screen')) },
  receipt: { path: '/receipts/:id', component: lazy(() => import('../features/forms/receipt-screen')) },
  status: { path: '/status', component: lazy(() => import('../features/services/status/status-screen')) },
  outbox: { path: '/outbox', component: lazy(() => import('../outbox/screens/outbox-screen')) },
  scan: { path: '/scan', component: lazy(() => import('../features/scan/scan-screen')) },
  disaster: { path: '/disaster', component: lazy(() => import('../features/disaster/disaster-screen')) },
  disasterSite: { path: '/disaster/sites/:id', component: lazy(() => import('../features/disaster/site/site-screen')) },
  disasterMedical: { path: '/disaster/medical', component: lazy(() => import('../features/disaster/medical/medical-screen')) },
  reservations: { path: '/reservations/:page*', component: lazy(() => import('../features/reservations/reservations-app')) },
  library: { path: '/library/:page*', component: lazy(() => import('../features/library/library-app')) },
  // One chunk for the counter board's three screens: each route here costs the first screen bytes.
  counter: { path: '/counter/:mode?', component: lazy(() => import('../features/counter/counter-routes')) },
  staff: { path: '/staff/:page*', component: lazy(() => import('../features/staff/staff-app')) },
} as const;
