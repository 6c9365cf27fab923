/**
 * Fetches and parses a JSON file, trying once more when the first attempt fails (a dropped
 * connection, an error status, a truncated body). Rejects with the last error when both fail.
 * `fetchFn` is the page's `fetch`, passed in so the rule can be tested without a network.
 */
export async function fetchJsonWithRetry<T>(url: string, fetchFn: (url: string) => Promise<Response>, attempts = 2): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      const response = await fetchFn(url);
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return (await response.json()) as T;
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}
