/**
 * The reader's test PDFs, generated with pdf-lib when the tests start (nothing binary is committed): text in one
 * and two columns, a word hyphenated across lines, Greek letters, a link, no text at all, a damaged file, a
 * password-protected one, and long documents for the bench.
 */
import { createCipheriv, createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFString, rgb, StandardFonts, type PDFPage } from 'pdf-lib';
import { FIXTURES_DIR } from '../harness/server';

/** Where the generated files go: inside the fixture server's folder, ignored by git. */
export const PDF_DIR = join(FIXTURES_DIR, 'generated-pdf');
export const PDF_PATH = '/generated-pdf';

const LETTER: [number, number] = [612, 792];

function drawLines(
  page: PDFPage,
  lines: string[],
  x: number,
  y: number,
  font: Awaited<ReturnType<PDFDocument['embedFont']>>,
  size = 12,
) {
  lines.forEach((line, i) =>
    page.drawText(line, { x, y: y - i * size * 1.5, size, font, color: rgb(0, 0, 0) }),
  );
}

/** One column: IL-12 on its own line, a Greek letter, and a link to the web. */
export async function oneColumnPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle('IL-12 in tumour immunity');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const symbol = await doc.embedFont(StandardFonts.Symbol);
  const page = doc.addPage(LETTER);
  drawLines(page, ['IL-12 in tumour immunity'], 72, 720, font, 18);
  drawLines(
    page,
    [
      'Dendritic cells make the cytokine IL-12 when they meet a pathogen.',
      'It drives T cells and NK cells to release interferon gamma.',
      'Read more at the ImmunoLens project page.',
    ],
    72,
    680,
    font,
  );
  page.drawText('\u03b3', { x: 72, y: 600, size: 14, font: symbol });
  drawLines(page, ['is the Greek letter of IFN.'], 84, 600, font);
  // A link over the last line of the paragraph.
  const link = doc.context.obj({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: [72, 640, 330, 656],
    Border: [0, 0, 0],
    A: { Type: 'Action', S: 'URI', URI: PDFString.of('https://example.org/immunolens') },
  });
  page.node.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(link)]));
  doc.addPage(LETTER);
  drawLines(doc.getPage(1), ['Page two: tumour-associated macrophages.'], 72, 720, font);
  return doc.save();
}

/** Two columns, the right one holding IL-12 and a word hyphenated across two lines ("inter-" / "leukin-12"). */
export async function twoColumnPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle('Two columns');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage(LETTER);
  drawLines(
    page,
    ['Left column text about', 'regulatory T cells and', 'how they damp immunity.'],
    72,
    700,
    font,
    11,
  );
  drawLines(
    page,
    [
      'Right column: the cytokine',
      'IL-12 links the two arms.',
      'Tumours answer to inter-',
      'leukin-12 in mice.',
    ],
    330,
    700,
    font,
    11,
  );
  return doc.save();
}

/** A page with a drawing and no text, as a scan looks to a reader. */
export async function imageOnlyPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage(LETTER);
  page.drawRectangle({ x: 72, y: 400, width: 300, height: 200, color: rgb(0.6, 0.6, 0.6) });
  return doc.save();
}

/** One page of 200 × 200 inches (PDF's largest), with a line of text. */
export async function hugePagePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([14400, 14400]);
  drawLines(page, ['A poster about IL-12.'], 200, 14000, font, 200);
  return doc.save();
}

/** Text on every page, for the long-document tests and the bench. */
export async function longPdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`${pages} pages`);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= pages; n++) {
    const page = doc.addPage(LETTER);
    const lines = [`Page ${n}.`];
    for (let i = 0; i < 30; i++)
      lines.push(
        i === 3
          ? `Line ${i}: the cytokine IL-12 activates NK cells on page ${n}.`
          : `Line ${i} of page ${n}: T cells, B cells and antibodies.`,
      );
    drawLines(page, lines, 72, 720, font, 11);
  }
  return doc.save();
}

/** Starts like a PDF and then is not one. */
export function corruptPdf(): Uint8Array {
  return new TextEncoder().encode('%PDF-1.7\n' + 'this is not the body of a PDF file\n'.repeat(40));
}

// --- A password-protected PDF, by the standard security handler (revision 2, RC4 40-bit: ISO 32000-1, 7.6.3).
// pdf-lib cannot encrypt, so this one small file is written by hand.

const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

function rc4(key: Buffer, data: Buffer): Buffer {
  // Node's OpenSSL 3 no longer ships RC4 by default; the cipher is ten lines.
  try {
    const c = createCipheriv('rc4', key, null);
    return Buffer.concat([c.update(data), c.final()]);
  } catch {
    const s = Array.from({ length: 256 }, (_, i) => i);
    for (let i = 0, j = 0; i < 256; i++) {
      j = (j + s[i]! + key[i % key.length]!) & 255;
      [s[i], s[j]] = [s[j]!, s[i]!];
    }
    const out = Buffer.alloc(data.length);
    for (let n = 0, i = 0, j = 0; n < data.length; n++) {
      i = (i + 1) & 255;
      j = (j + s[i]!) & 255;
      [s[i], s[j]] = [s[j]!, s[i]!];
      out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 255]!;
    }
    return out;
  }
}

const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest();
const padded = (password: string) => Buffer.concat([Buffer.from(password, 'latin1'), PAD]).subarray(0, 32);

export function passwordPdf(userPassword: string): Uint8Array {
  const id = md5(Buffer.from('immunolens-reader-test'));
  const permissions = -44; // print and copy allowed; the value only has to be consistent
  const o = rc4(md5(padded('owner-' + userPassword)).subarray(0, 5), padded(userPassword));
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const key = md5(padded(userPassword), o, p, id).subarray(0, 5);
  const u = rc4(key, PAD);
  const objectKey = (num: number) =>
    md5(key, Buffer.from([num & 255, (num >> 8) & 255, (num >> 16) & 255, 0, 0])).subarray(0, 10);
  const content = rc4(
    objectKey(4),
    Buffer.from('BT /F1 14 Tf 72 700 Td (Secret paper on IL-12 and NK cells.) Tj ET'),
  );
  const hex = (b: Buffer) => `<${b.toString('hex')}>`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    null, // the content stream, written as bytes below
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Filter /Standard /V 1 /R 2 /O ${hex(o)} /U ${hex(u)} /P ${permissions} >>`,
  ];
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = chunks[0]!.length;
  const push = (b: Buffer) => {
    chunks.push(b);
    length += b.length;
  };
  objects.forEach((body, i) => {
    offsets.push(length);
    if (body === null) {
      push(Buffer.from(`${i + 1} 0 obj\n<< /Length ${content.length} >>\nstream\n`, 'latin1'));
      push(content);
      push(Buffer.from('\nendstream\nendobj\n', 'latin1'));
    } else push(Buffer.from(`${i + 1} 0 obj\n${body}\nendobj\n`, 'latin1'));
  });
  const xref = length;
  const rows = offsets.map((off) => `${String(off).padStart(10, '0')} 00000 n \n`).join('');
  push(
    Buffer.from(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${rows}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 6 0 R /ID [${hex(id)} ${hex(id)}] >>\nstartxref\n${xref}\n%%EOF\n`,
      'latin1',
    ),
  );
  return new Uint8Array(Buffer.concat(chunks));
}

export const READER_PASSWORD = 'cytokine';

/** Writes every test PDF into the fixture server's folder; returns their paths on the server. */
export async function writeReaderPdfs(extra: Record<string, Uint8Array> = {}) {
  mkdirSync(PDF_DIR, { recursive: true });
  const files: Record<string, Uint8Array> = {
    'one-column.pdf': await oneColumnPdf(),
    'two-column.pdf': await twoColumnPdf(),
    'image-only.pdf': await imageOnlyPdf(),
    'huge-page.pdf': await hugePagePdf(),
    'corrupt.pdf': corruptPdf(),
    'password.pdf': passwordPdf(READER_PASSWORD),
    ...extra,
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(PDF_DIR, name), bytes);
  return Object.fromEntries(Object.keys(files).map((name) => [name, `${PDF_PATH}/${name}`]));
}
