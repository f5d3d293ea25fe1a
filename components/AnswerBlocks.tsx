import type { AnswerBlock } from '@/utils/knowledge/types';

/** A Q&A answer with its structure: paragraphs, lists and tables with a header row. */
export function AnswerBlocks({ blocks, excerpt }: { blocks: readonly AnswerBlock[]; excerpt?: boolean }) {
  return (
    <div class="answer">
      {blocks.map((block, i) => {
        if (block.type === 'paragraph') return <p key={i}>{block.text}</p>;
        if (block.type === 'list')
          return (
            <ul key={i}>
              {block.items.map((item, j) => (
                <li key={j}>{item}</li>
              ))}
            </ul>
          );
        return (
          <table key={i}>
            {block.caption ? <caption>{block.caption}</caption> : null}
            <thead>
              <tr>
                {block.header.map((h, j) => (
                  <th key={j} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, j) => (
                <tr key={j}>
                  {row.map((cell, k) =>
                    k === 0 ? (
                      <th key={k} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={k}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
      {excerpt ? <p class="excerpt-note">Excerpt: the source answer is cut off here.</p> : null}
    </div>
  );
}
