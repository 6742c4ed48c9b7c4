interface Column {
  label: string;
  placeholder: string;
}

interface Props {
  rows: [string, string][];
  onChange: (rows: [string, string][]) => void;
  columns: [Column, Column];
  addLabel: string;
  /** Names a row for screen readers: "filter 2". */
  rowName: string;
  testId?: string;
}

/** Editable rows of two text fields (field filters, custom headers): add, edit, remove. */
export function PairRows({ rows, onChange, columns, addLabel, rowName, testId }: Props) {
  const set = (index: number, column: 0 | 1, value: string) =>
    onChange(rows.map((row, i) => (i === index ? (column === 0 ? [value, row[1]] : [row[0], value]) : row)));
  return (
    <div className="pair-rows" data-testid={testId}>
      {rows.length > 0 && (
        <div className="pair-row pair-head" aria-hidden="true">
          <span>{columns[0].label}</span>
          <span>{columns[1].label}</span>
        </div>
      )}
      {rows.map((row, index) => (
        <div className="pair-row" key={index}>
          <input
            value={row[0]}
            onChange={(e) => set(index, 0, e.target.value)}
            placeholder={columns[0].placeholder}
            aria-label={`${columns[0].label}, ${rowName} ${index + 1}`}
            spellCheck={false}
          />
          <input
            value={row[1]}
            onChange={(e) => set(index, 1, e.target.value)}
            placeholder={columns[1].placeholder}
            aria-label={`${columns[1].label}, ${rowName} ${index + 1}`}
            spellCheck={false}
          />
          <button type="button" className="icon-button" onClick={() => onChange(rows.filter((_, i) => i !== index))} aria-label={`Remove ${rowName} ${index + 1}`} title="Remove">
            ×
          </button>
        </div>
      ))}
      <button type="button" className="small-button" onClick={() => onChange([...rows, ["", ""]])}>
        {addLabel}
      </button>
    </div>
  );
}
