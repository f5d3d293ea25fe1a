/** Why a document did not open, as the reader is told it: never a blank page or a bare exception. */

export type LoadProblemKind =
  | 'no-file'
  | 'bad-address'
  | 'not-found'
  | 'http'
  | 'network'
  | 'file-access'
  | 'not-pdf'
  | 'corrupt'
  | 'too-large';

export interface LoadProblem {
  kind: LoadProblemKind;
  message: string;
}

/** Bytes read into memory at most: a larger file is an archive, not a paper, and would exhaust the tab. */
export const MAX_PDF_BYTES = 200 * 1024 * 1024;

/** How far into a file the `%PDF-` header may sit (PDF readers accept junk before it, up to about 1 KB). */
const HEADER_WINDOW = 1024;

export function problem(kind: LoadProblemKind, detail = ''): LoadProblem {
  const messages: Record<LoadProblemKind, string> = {
    'no-file': 'No PDF to open. Choose a file, drop one here, or open a link to a PDF.',
    'bad-address': 'The reader opens PDFs from web addresses (http, https) and local files only.',
    'not-found': 'The PDF was not found at this address (404).',
    http: `The server did not send the PDF${detail ? ` (${detail})` : ''}.`,
    network: 'The PDF could not be fetched: the server did not answer.',
    'file-access':
      'The browser does not let ImmunoLens read local files. Turn on “Allow access to file URLs” for ImmunoLens on the extensions page, or open the file with “Open file”.',
    'not-pdf': `This address is not a PDF${detail ? ` (it is ${detail})` : ''}.`,
    corrupt: 'This file is damaged or is not a valid PDF, so it cannot be shown.',
    'too-large': 'This PDF is too large to open here.',
  };
  return { kind, message: messages[kind] };
}

/** Whether bytes start like a PDF: `%PDF-` within the first kilobyte. */
export function isPdfBytes(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, HEADER_WINDOW);
  for (let i = 0; i + 5 <= head.length; i++)
    if (
      head[i] === 0x25 &&
      head[i + 1] === 0x50 &&
      head[i + 2] === 0x44 &&
      head[i + 3] === 0x46 &&
      head[i + 4] === 0x2d
    )
      return true;
  return false;
}

/** What an HTTP reply says before its body is read: null when it may be a PDF. */
export function problemOfResponse(status: number, contentType: string | null): LoadProblem | null {
  if (status === 404 || status === 410) return problem('not-found');
  if (status !== 0 && (status < 200 || status >= 300)) return problem('http', `HTTP ${status}`);
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  // Servers label PDFs as octet-stream often enough; only a type that is surely something else is refused here.
  if (/^(text\/html|application\/xhtml\+xml|image\/|text\/css|application\/json)/.test(type))
    return problem('not-pdf', type === 'text/html' ? 'a web page' : type);
  return null;
}

/** A PDF.js loading error, by its name, as a problem; null for a password request, which is asked, not shown. */
export function problemOfPdfError(error: unknown): LoadProblem | null {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'PasswordException') return null;
  return problem('corrupt');
}

/** PDF.js's PasswordResponses: the first ask, and the ask again after a wrong one. */
export function passwordReason(code: number): 'needed' | 'incorrect' {
  return code === 2 ? 'incorrect' : 'needed';
}
