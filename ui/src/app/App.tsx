import { useLiveEvents } from "./useLiveEvents";
import { useRoute } from "./route";
import { TopBar } from "./TopBar";
import { Sidebar } from "./Sidebar";
import { InboxScreen } from "../inbox/InboxScreen";
import { ProvidersScreen } from "../providers/ProvidersScreen";

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
        ) : (
          <InboxScreen />
        )}
      </main>
    </div>
  );
}
