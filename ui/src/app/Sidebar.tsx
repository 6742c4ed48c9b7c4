export function Sidebar() {
  return (
    <nav className="sidebar" aria-label="Screens">
      <a className="nav-item active" href="#/inbox" aria-current="page">
        <span aria-hidden="true" className="nav-icon">⇣</span>
        Inbox
      </a>
    </nav>
  );
}
