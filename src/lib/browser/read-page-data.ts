/** Reads the JSON block the build wrote for a tool (src/lib/page-data.ts), or undefined if it is missing or damaged. */
export function pageData(id: string): unknown {
  try {
    return JSON.parse(document.getElementById(id)?.textContent ?? '');
  } catch {
    return undefined;
  }
}
