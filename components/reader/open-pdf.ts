import { browser } from 'wxt/browser';
import {
  isPdfBytes,
  MAX_PDF_BYTES,
  problem,
  problemOfResponse,
  type LoadProblem,
} from '@/utils/pdf/load-problem';

export type Fetched = { data: Uint8Array } | { problem: LoadProblem };

/**
 * Fetches the one PDF the reader asked for, from that address, with the browser's cookies (a paper behind a
 * login opens as it would in a tab). The bytes are checked before PDF.js sees them, so that a web page, a 404 or
 * an error page is named as such instead of as a damaged PDF.
 */
export async function fetchPdf(url: URL): Promise<Fetched> {
  if (url.protocol === 'file:' && !(await fileAccessAllowed())) return { problem: problem('file-access') };
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'include' });
  } catch {
    // Firefox never lets an extension fetch file:// (bug 1266960); elsewhere this is a server that did not answer.
    return { problem: problem(url.protocol === 'file:' ? 'file-access' : 'network') };
  }
  const refused = problemOfResponse(response.status, response.headers.get('content-type'));
  if (refused) return { problem: refused };
  if (Number(response.headers.get('content-length') ?? 0) > MAX_PDF_BYTES)
    return { problem: problem('too-large') };
  const data = new Uint8Array(await response.arrayBuffer());
  if (data.byteLength > MAX_PDF_BYTES) return { problem: problem('too-large') };
  if (!isPdfBytes(data))
    return { problem: problem('not-pdf', describeType(response.headers.get('content-type'))) };
  return { data };
}

/** A local file chosen in the picker or dropped on the page: read as it is, no network. */
export async function readLocalFile(file: File): Promise<Fetched> {
  if (file.size > MAX_PDF_BYTES) return { problem: problem('too-large') };
  const data = new Uint8Array(await file.arrayBuffer());
  if (!isPdfBytes(data)) return { problem: problem('not-pdf', file.type || undefined) };
  return { data };
}

function describeType(contentType: string | null): string {
  const type = (contentType ?? '').split(';')[0]!.trim();
  return type === 'text/html' ? 'a web page' : type;
}

/** Chrome reads file:// only with the extension's "Allow access to file URLs" switch on. */
async function fileAccessAllowed(): Promise<boolean> {
  const check = (browser.extension as { isAllowedFileSchemeAccess?: () => Promise<boolean> } | undefined)
    ?.isAllowedFileSchemeAccess;
  if (!check) return true;
  try {
    return await check();
  } catch {
    return true;
  }
}
