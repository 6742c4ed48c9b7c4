import { useLiveEvents } from "./useLiveEvents";
import { TopBar } from "./TopBar";
import { Sidebar } from "./Sidebar";
import { InboxScreen } from "../inbox/InboxScreen";

export function App() {
  const connected = useLiveEvents();
  return (
    <div className="frame">
      <TopBar connected={connected} />
      <Sidebar />
      <main className="screen">
        <InboxScreen />
      </main>
    </div>
  );
}
