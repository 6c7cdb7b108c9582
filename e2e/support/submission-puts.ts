import type { BrowserContext } from 'playwright-core';

export interface RecordedPut { status: number; body: string }

/** The attempts so far, and how many are still on their way (sent, not yet answered). */
export type RecordedPuts = RecordedPut[] & { inFlight(): number };

/**
 * Records every delivery attempt of a submission, from the page or the service worker,
 * with the server's status, passing it through unchanged: "exactly once" is counted here.
 */
export async function recordSubmissionPuts(context: BrowserContext): Promise<RecordedPuts> {
  let pending = 0;
  const puts: RecordedPuts = Object.assign([] as RecordedPut[], { inFlight: () => pending });
  await context.route('**/api/submissions/*', async (route) => {
    pending++;
    try {
      const response = await route.fetch();
      puts.push({ status: response.status(), body: route.request().postData() ?? '' });
      await route.fulfill({ response });
    } finally {
      pending--;
    }
  });
  return puts;
}
