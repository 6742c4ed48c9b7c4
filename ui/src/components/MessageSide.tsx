import { useState, type ReactNode } from "react";

import type { Body } from "../bindings/Body";
import type { Header } from "../bindings/Header";
import { bodySize } from "../format";
import { BodyView } from "./BodyView";
import { HeadersTable } from "./HeadersTable";

export interface SideTab {
  key: string;
  label: string;
  content: () => ReactNode;
}

/** One side of an exchange (a request or a response): a title and tabs over its parts. */
export function MessageSide({ label, title, tabs, testId }: { label: string; title: ReactNode; tabs: SideTab[]; testId?: string }) {
  const [chosen, setTab] = useState(tabs[0]?.key);
  const current = tabs.find((t) => t.key === chosen) ?? tabs[0];
  return (
    <section className="side" aria-label={label} data-testid={testId}>
      <h3 className="side-title">{title}</h3>
      <div className="tabs" role="tablist" aria-label={`${label} parts`}>
        {tabs.map((tab) => (
          <button key={tab.key} type="button" role="tab" aria-selected={tab.key === current?.key} onClick={() => setTab(tab.key)}>
            {tab.label}
          </button>
        ))}
      </div>
      <div className="tab-panel" role="tabpanel">
        {current?.content()}
      </div>
    </section>
  );
}

/** The Body and Headers tabs every message has. `size` is the body's full size when known. */
export function bodyAndHeadersTabs(message: { body: Body; headers: Header[] }, options: { size?: number; captureId?: string; bodyNote?: ReactNode } = {}): SideTab[] {
  const size = options.size ?? bodySize(message.body);
  return [
    {
      key: "body",
      label: "Body",
      content: () => (
        <>
          {options.bodyNote}
          <BodyView body={message.body} size={size} headers={message.headers} captureId={options.captureId} />
        </>
      ),
    },
    { key: "headers", label: `Headers (${message.headers.length})`, content: () => <HeadersTable headers={message.headers} /> },
  ];
}
