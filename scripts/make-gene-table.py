#!/usr/bin/env python3
"""Writes test/fixtures/reference/human-genes.tsv, the gene table that `npm run check:ids` checks against.

Source: Debian's package r-bioc-org.hs.eg.db 3.16.0-1 (Bioconductor org.Hs.eg.db 3.16.0, an SQLite build of
NCBI Entrez Gene for Homo sapiens dated 2022-09-12, with Entrez Gene's UniProt mapping, UniProt release of
2022-09-23). It needs no R:

    apt-get download r-bioc-org.hs.eg.db && dpkg -x r-bioc-org.hs.eg.db_*_all.deb /tmp/orghs
    python3 scripts/make-gene-table.py /tmp/orghs/usr/lib/R/site-library/org.Hs.eg.db/extdata/org.Hs.eg.sqlite

Kept: protein-coding genes only, three columns: Entrez Gene id, official symbol (NCBI takes human symbols
from the HGNC), and the UniProt accessions mapped to the gene (comma-separated, sorted; may be empty).
"""
import sqlite3
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "test/fixtures/reference/human-genes.tsv"


def main(db_path: str) -> None:
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    meta = dict(db.execute("select name, value from metadata"))
    rows = db.execute(
        """
        select g.gene_id, i.symbol, group_concat(u.uniprot_id)
        from genes g
        join gene_info i using (_id)
        join genetype t using (_id)
        left join uniprot u using (_id)
        where t.gene_type = 'protein-coding'
        group by g._id
        order by cast(g.gene_id as integer)
        """
    ).fetchall()
    lines = [
        f"# Human protein-coding genes: Entrez Gene id, symbol, UniProt accessions. Made by scripts/make-gene-table.py",
        f"# from Bioconductor org.Hs.eg.db 3.16.0 (Debian r-bioc-org.hs.eg.db 3.16.0-1, Artistic-2.0): Entrez Gene"
        f" {meta['EGSOURCEDATE']} (NCBI, public domain), UniProt mapping {meta['UPSOURCEDATE']} (UniProt, CC BY 4.0).",
        "entrez\tsymbol\tuniprot",
    ]
    for gene_id, symbol, uniprot in rows:
        accs = ",".join(sorted(set(uniprot.split(",")))) if uniprot else ""
        lines.append(f"{gene_id}\t{symbol}\t{accs}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} genes -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
