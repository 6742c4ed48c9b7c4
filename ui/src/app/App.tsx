import { useLiveEvents } from "./useLiveEvents";
import { useRoute } from "./route";
import { TopBar } from "./TopBar";
import { Sidebar } from "./Sidebar";
import { InboxScreen } from "../inbox/InboxScreen";
import { ProvidersScreen } from "../providers/ProvidersScreen";
import { SettingsScreen } from "../settings/SettingsScreen";

export function App() {
  const connected = useLiveEvents();
  const route = useRoute();
  return (
    <div className="frame">
      <TopBar connected={connected} />
      <Sidebar route={route} />
      <main className="screen">
        {route.screen === "providers" ? (
          <ProvidersScreen provider={route.provider} event={route.event} />
        ) : route.screen === "settings" ? (
          <SettingsScreen />
        ) : (
          <InboxScreen />
        )}
      </main>
    </div>
  );
}
