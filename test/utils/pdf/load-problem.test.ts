import { describe, expect, it } from 'vitest';
import { isPdfBytes, problem, problemOfPdfError, problemOfResponse } from '@/utils/pdf/load-problem';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('load problems', () => {
  it('recognises a PDF by its header, even after a little junk', () => {
    expect(isPdfBytes(bytes('%PDF-1.7\n…'))).toBe(true);
    expect(isPdfBytes(bytes('\n\n%PDF-1.4'))).toBe(true);
    expect(isPdfBytes(bytes('<!doctype html><title>x</title>'))).toBe(false);
    expect(isPdfBytes(new Uint8Array())).toBe(false);
  });

  it('names a 404, another HTTP status and a web page', () => {
    expect(problemOfResponse(404, 'text/plain')?.kind).toBe('not-found');
    expect(problemOfResponse(500, null)?.message).toContain('HTTP 500');
    expect(problemOfResponse(200, 'text/html; charset=utf-8')?.message).toBe(
      'This address is not a PDF (it is a web page).',
    );
    expect(problemOfResponse(200, 'application/octet-stream')).toBeNull();
    expect(problemOfResponse(200, 'application/pdf')).toBeNull();
  });

  it('asks for a password instead of reporting it, and calls other PDF.js errors damage', () => {
    expect(problemOfPdfError({ name: 'PasswordException' })).toBeNull();
    expect(problemOfPdfError({ name: 'InvalidPDFException' })?.kind).toBe('corrupt');
    expect(problemOfPdfError(new Error('x'))?.kind).toBe('corrupt');
  });
});

describe('an address the reader does not open', () => {
  it('says which addresses it opens', () => {
    expect(problem('bad-address').message).toBe(
      'The reader opens PDFs from web addresses (http, https) and local files only.',
    );
  });
});
