import { useQuery } from "@tanstack/react-query";

import { api } from "../api";
import { routeHref } from "../app/route";
import { EventWorkbench } from "./EventWorkbench";

/** Providers | their events | the selected event's sample, headers and signature. */
export function ProvidersScreen({ provider, event }: { provider?: string; event?: string }) {
  const providers = useQuery({ queryKey: ["providers"], queryFn: api.providers });
  if (providers.error) {
    return <div className="pane-message" role="alert">{providers.error.message}</div>;
  }
  if (!providers.data) return <div className="pane-message" aria-busy="true">Loading providers…</div>;
  const current = providers.data.find((p) => p.id === provider) ?? providers.data[0];
  const currentEvent = current?.events.find((e) => e.id === event) ?? current?.events[0];
  return (
    <div className="providers">
      <nav className="pane list-pane" aria-label="Providers">
        <header className="pane-header"><h2>Providers</h2></header>
        <ul className="plain-list" data-testid="provider-list">
          {providers.data.map((p) => (
            <li key={p.id}>
              <a
                className={`list-link ${p.id === current?.id ? "selected" : ""}`}
                href={routeHref({ screen: "providers", provider: p.id })}
                aria-current={p.id === current?.id ? "true" : undefined}
              >
                <span className="list-title">{p.name}</span>
                <span className="list-meta mono">{p.id} · {p.signing_scheme} · {p.events.length} events</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {current && (
        <nav className="pane list-pane" aria-label={`${current.name} events`}>
          <header className="pane-header"><h2>Events</h2><span className="count">{current.events.length}</span></header>
          <ul className="plain-list" data-testid="event-list">
            {current.events.map((e) => (
              <li key={e.id}>
                <a
                  className={`list-link ${e.id === currentEvent?.id ? "selected" : ""}`}
                  href={routeHref({ screen: "providers", provider: current.id, event: e.id })}
                  aria-current={e.id === currentEvent?.id ? "true" : undefined}
                >
                  <span className="list-title mono">{e.id}</span>
                  <span className="list-meta">{e.name}{e.id === current.test_event ? " · test event" : ""}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <section className="pane detail-pane" aria-label="Event">
        {current && currentEvent ? (
          <EventWorkbench key={`${current.id}/${currentEvent.id}`} provider={current} event={currentEvent} />
        ) : (
          <div className="pane-message">This provider has no events.</div>
        )}
      </section>
    </div>
  );
}
