//! The HTTP/1 request-head recorder (`raw_head::Parser`), fed arbitrary connection bytes in an
//! arbitrary split: it must never panic, and, as documented, the heads it records and whether it
//! gave up must not depend on how the bytes were split into reads.
#![no_main]

use hookbench::receiver::raw_head::{Parser, RawHead};
use libfuzzer_sys::fuzz_target;

fn drain(parser: &mut Parser, heads: &mut Vec<RawHead>) {
    while let Some(head) = parser.pop() {
        heads.push(head);
    }
}

fuzz_target!(|data: &[u8]| {
    // The first byte seeds the split points; the rest is the connection's bytes.
    let Some((&seed, bytes)) = data.split_first() else {
        return;
    };

    let mut whole = Parser::new();
    whole.feed(bytes);
    let mut expected = Vec::new();
    drain(&mut whole, &mut expected);

    let mut split = Parser::new();
    let mut heads = Vec::new();
    let mut rest = bytes;
    let mut step = usize::from(seed % 17) + 1;
    while !rest.is_empty() {
        let (read, tail) = rest.split_at(step.min(rest.len()));
        split.feed(read);
        // Taking heads between reads, as the service does, must not change anything either.
        if seed & 0x80 != 0 {
            drain(&mut split, &mut heads);
        }
        let _ = split.buffered_bytes();
        rest = tail;
        step = step * 7 % 23 + 1;
    }
    drain(&mut split, &mut heads);

    assert_eq!(
        expected, heads,
        "the heads depend on how the bytes were split"
    );
    assert_eq!(whole.is_passive(), split.is_passive());
});
