import type { Header } from "../bindings/Header";

/** Headers in arrival order, repeats kept. Values are text, never markup. */
export function HeadersTable({ headers }: { headers: Header[] }) {
  if (headers.length === 0) return <p className="muted">No headers.</p>;
  return (
    <table className="kv" data-testid="headers-table">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Value</th>
        </tr>
      </thead>
      <tbody>
        {headers.map((header, index) => (
          <tr key={index}>
            <td className="mono name">{header.name}</td>
            <td className="mono value">
              {header.value}
              {header.raw_base64 && <span className="badge" title="The value is not valid UTF-8; shown lossily">binary</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The query string split into pairs, decoded, in order; the verbatim string is shown above. */
export function QueryTable({ query }: { query: string | null }) {
  if (!query) return <p className="muted">No query string.</p>;
  const pairs = query.split("&").map((pair) => {
    const [name, ...rest] = pair.split("=");
    return [safeDecode(name), safeDecode(rest.join("="))] as const;
  });
  return (
    <>
      <pre className="mono verbatim">?{query}</pre>
      <table className="kv" data-testid="query-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          {pairs.map(([name, value], index) => (
            <tr key={index}>
              <td className="mono name">{name}</td>
              <td className="mono value">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return text;
  }
}
