//! The store: durable across restarts, every concurrent write kept.

use hookbench::{Config, Engine};

use crate::support::{start, start_with};

#[tokio::test]
async fn captures_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let id = {
        let engine = Engine::open(Config::new(dir.path())).unwrap();
        let instance = start_with(engine, None).await;
        let id = instance.post_capture("/before-restart", r#"{"n":1}"#).await;
        instance.running.shutdown().await;
        id
    };
    let engine = Engine::open(Config::new(dir.path())).unwrap();
    let capture = engine.captures().get(id.clone()).await.unwrap();
    assert_eq!(capture.summary.path, "/before-restart");
    assert_eq!(capture.body.data, r#"{"n":1}"#);
    engine.close();
}

#[tokio::test]
async fn concurrent_captures_are_all_stored() {
    let instance = start().await;
    let requests = (0..200).map(|n| {
        let http = instance.http.clone();
        let url = instance.receiver(&format!("/burst/{n}"));
        async move { http.post(url).body("{}").send().await.map(|r| r.status()) }
    });
    let statuses = futures_util::future::join_all(requests).await;
    assert!(statuses
        .iter()
        .all(|s| matches!(s, Ok(s) if s.as_u16() == 200)));
    let list = instance.get_json("/api/captures?limit=1000").await;
    assert_eq!(list["captures"].as_array().unwrap().len(), 200);
}

#[tokio::test]
async fn an_in_memory_engine_captures_and_reads_back() {
    let engine = Engine::open_in_memory().unwrap();
    assert!(engine.data_dir().is_none());
    let instance = start_with(engine, None).await;
    let id = instance.post_capture("/memory", "{}").await;
    let capture = instance.get_json(&format!("/api/captures/{id}")).await;
    assert_eq!(capture["path"], "/memory");
}

#[tokio::test]
async fn a_data_directory_that_is_a_file_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("not-a-dir");
    std::fs::write(&file, "x").unwrap();
    let error = match Engine::open(Config::new(&file)) {
        Ok(_) => panic!("a file is not a data directory"),
        Err(e) => e,
    };
    assert_eq!(error.code(), "data_dir_unusable");
    assert!(error.to_string().contains("--data"));
}

#[tokio::test]
async fn a_store_written_by_a_newer_hookbench_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    Engine::open(Config::new(dir.path())).unwrap().close();
    let db = dir.path().join("hookbench.db");
    rusqlite::Connection::open(&db)
        .unwrap()
        .pragma_update(None, "user_version", 999)
        .unwrap();
    let error = match Engine::open(Config::new(dir.path())) {
        Ok(_) => panic!("a newer schema must be refused"),
        Err(e) => e,
    };
    assert!(error.to_string().contains("newer Hookbench"), "{error}");
    let version: i64 = rusqlite::Connection::open(&db)
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, 999);
}

/// Under a steady stream of captures with no lull, the write-ahead log is still copied back and
/// restarted: it stays a few MB instead of growing by everything written (it reached 800 MB in
/// ten seconds of `make bench` before).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_write_ahead_log_stays_bounded_under_sustained_load() {
    const BODY: usize = 64 * 1024;
    const CAPTURES: usize = 640; // 40 MiB of bodies
    const WAL_BOUND: u64 = 16 * 1024 * 1024;
    let dir = tempfile::tempdir().unwrap();
    let engine = Engine::open(Config::new(dir.path())).unwrap();
    let instance = start_with(engine, None).await;
    let body = "x".repeat(BODY);
    let wal = dir.path().join("hookbench.db-wal");
    let mut largest = 0;
    for round in 0..CAPTURES / 8 {
        let posts = (0..8).map(|n| {
            let request = instance
                .http
                .post(instance.receiver(&format!("/steady/{round}/{n}")))
                .body(body.clone());
            async move { request.send().await.map(|r| r.status().as_u16()) }
        });
        let statuses = futures_util::future::join_all(posts).await;
        assert!(
            statuses.iter().all(|s| matches!(s, Ok(200))),
            "{statuses:?}"
        );
        largest = largest.max(std::fs::metadata(&wal).map_or(0, |m| m.len()));
    }
    assert!(
        largest < WAL_BOUND,
        "the WAL grew to {largest} bytes while {} MiB were captured",
        CAPTURES * BODY / (1024 * 1024)
    );
    let list = instance.get_json("/api/captures?limit=1000").await;
    assert_eq!(list["captures"].as_array().unwrap().len(), CAPTURES);
}
