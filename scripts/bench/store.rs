//! SQLCipher vs plain SQLite on the same write/read loop, through the same vendored SQLCipher
//! build Rulebook uses (a database opened without a key is plain SQLite).
//! Run: `cargo bench --offline --bench store` (see docs/BENCHMARKS.md).

use std::time::Instant;

use rusqlite::Connection;

const ROWS: usize = 5_000;
const READS: usize = 50_000;

fn run(label: &str, key: Option<&str>, sync: &str) -> (f64, f64) {
    let dir = std::env::temp_dir().join(format!("rulebook-bench-{label}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let conn = Connection::open(dir.join("b.db")).unwrap();
    if let Some(k) = key {
        conn.execute_batch(&format!("PRAGMA key = \"x'{k}'\";"))
            .unwrap();
    }
    conn.execute_batch(&format!(
        "PRAGMA journal_mode=WAL; PRAGMA synchronous={sync}; PRAGMA cache_size=-16384;
         CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL);"
    ))
    .unwrap();
    let body = "x".repeat(512);
    let t = Instant::now();
    for i in 0..ROWS {
        conn.execute(
            "INSERT INTO t (id, body) VALUES (?1, ?2)",
            rusqlite::params![i as i64, body],
        )
        .unwrap();
    }
    let writes = ROWS as f64 / t.elapsed().as_secs_f64();
    let t = Instant::now();
    let mut stmt = conn
        .prepare("SELECT length(body) FROM t WHERE id = ?1")
        .unwrap();
    let mut sum = 0i64;
    for i in 0..READS {
        sum += stmt
            .query_row([(i % ROWS) as i64], |r| r.get::<_, i64>(0))
            .unwrap();
    }
    assert!(sum > 0);
    let reads = READS as f64 / t.elapsed().as_secs_f64();
    drop(stmt);
    drop(conn);
    let _ = std::fs::remove_dir_all(&dir);
    (writes, reads)
}

fn main() {
    let key = "a1".repeat(32);
    println!("loop: {ROWS} single-row commits of 512 bytes, then {READS} point reads; WAL");
    for sync in ["FULL", "NORMAL"] {
        let (pw, pr) = run("plain", None, sync);
        let (cw, cr) = run("cipher", Some(&key), sync);
        println!("synchronous={sync}");
        println!("  plain SQLite : {pw:>9.0} commits/s {pr:>10.0} reads/s");
        println!("  SQLCipher 4  : {cw:>9.0} commits/s {cr:>10.0} reads/s");
        println!(
            "  cost ratio   : {:>9.2}x writes  {:>9.2}x reads",
            pw / cw,
            pr / cr
        );
    }
}
