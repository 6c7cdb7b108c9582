import type { BrowserContext } from 'playwright-core';

export interface RecordedPut { status: number; body: string }

/**
 * Records every delivery attempt of a submission, from the page or the service worker,
 * with the server's status, passing it through unchanged: "exactly once" is counted here.
 */
export async function recordSubmissionPuts(context: BrowserContext): Promise<RecordedPut[]> {
  const puts: RecordedPut[] = [];
  await context.route('**/api/submissions/*', async (route) => {
    const response = await route.fetch();
    puts.push({ status: response.status(), body: route.request().postData() ?? '' });
    await route.fulfill({ response });
  });
  return puts;
}
