import { useLiveEvents } from "./useLiveEvents";
import { useRoute } from "./route";
import { useLastScreen } from "./useLastScreen";
import { useTheme } from "./useTheme";
import { TopBar } from "./TopBar";
import { ExposureBanners } from "./ExposureBanners";
import { Sidebar } from "./Sidebar";
import { InboxScreen } from "../inbox/InboxScreen";
import { ProvidersScreen } from "../providers/ProvidersScreen";
import { DeliveriesScreen } from "../sender/DeliveriesScreen";
import { DisabledBanners } from "../sender/DisabledBanner";
import { WebhooksScreen } from "../sender/WebhooksScreen";
import { SettingsScreen } from "../settings/SettingsScreen";

export function App() {
  const connected = useLiveEvents();
  const route = useRoute();
  useTheme();
  useLastScreen();
  let screen;
  switch (route.screen) {
    case "providers":
      screen = <ProvidersScreen provider={route.provider} event={route.event} />;
      break;
    case "webhooks":
      screen = <WebhooksScreen id={route.id} provider={route.provider} />;
      break;
    case "deliveries":
      screen = <DeliveriesScreen id={route.id} webhook={route.webhook} />;
      break;
    case "settings":
      screen = <SettingsScreen />;
      break;
    default:
      screen = <InboxScreen />;
  }
  return (
    <div className="frame">
      <TopBar connected={connected} />
      <Sidebar route={route} />
      <main className="screen">
        <ExposureBanners />
        <DisabledBanners />
        <div className="screen-body">{screen}</div>
      </main>
    </div>
  );
}
