import type { Route } from "./route";

const SCREENS: { screen: Route["screen"]; label: string; icon: string; href: string }[] = [
  { screen: "inbox", label: "Inbox", icon: "⇣", href: "#/inbox" },
  { screen: "webhooks", label: "Webhooks", icon: "⇡", href: "#/webhooks" },
  { screen: "deliveries", label: "Deliveries", icon: "≡", href: "#/deliveries" },
  { screen: "providers", label: "Providers", icon: "◈", href: "#/providers" },
  { screen: "settings", label: "Settings", icon: "⚙", href: "#/settings" },
];

export function Sidebar({ route }: { route: Route }) {
  return (
    <nav className="sidebar" aria-label="Screens">
      {SCREENS.map((item) => {
        const active = route.screen === item.screen;
        return (
          <a
            key={item.screen}
            className={`nav-item ${active ? "active" : ""}`}
            href={item.href}
            aria-current={active ? "page" : undefined}
          >
            <span aria-hidden="true" className="nav-icon">{item.icon}</span>
            {item.label}
          </a>
        );
      })}
    </nav>
  );
}
