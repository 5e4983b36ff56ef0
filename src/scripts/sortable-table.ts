// Progressive enhancement: column headings of `table[data-sortable]` become buttons that sort the rows.
// Cells sort by their `data-sort` value when present (numbers), otherwise by text in Thai order.
// Without JavaScript the table keeps its server-rendered order.
const collator = new Intl.Collator('th-TH', { numeric: true });

function cellKey(row: HTMLTableRowElement, index: number): { num: number | null; text: string } {
  const cell = row.cells[index];
  const raw = cell?.dataset.sort;
  if (raw !== undefined) return { num: raw === '' ? null : Number(raw), text: raw };
  return { num: null, text: cell?.textContent?.trim() ?? '' };
}

function sortBy(table: HTMLTableElement, index: number, ascending: boolean): void {
  const body = table.tBodies[0];
  if (!body) return;
  const rows = [...body.rows];
  rows.sort((a, b) => {
    const x = cellKey(a, index);
    const y = cellKey(b, index);
    if (x.num !== null || y.num !== null) {
      if (x.num === null) return 1; // missing values last, whatever the direction
      if (y.num === null) return -1;
      return ascending ? x.num - y.num : y.num - x.num;
    }
    return ascending ? collator.compare(x.text, y.text) : collator.compare(y.text, x.text);
  });
  body.append(...rows);
}

for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
  const headers = [...(table.tHead?.rows[0]?.cells ?? [])] as HTMLTableCellElement[];
  headers.forEach((th, index) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      sortBy(table, index, ascending);
    });
  });
}
