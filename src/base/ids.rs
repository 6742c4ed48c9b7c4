//! Ids: ULIDs that sort in the order they were made, also within one millisecond (lists are
//! ordered by id, so two captures of the same millisecond must not swap).

use std::sync::Mutex;

static GENERATOR: Mutex<Option<ulid::Generator>> = Mutex::new(None);

pub fn next_id() -> String {
    let generated = GENERATOR.lock().ok().and_then(|mut slot| {
        slot.get_or_insert_with(ulid::Generator::new)
            .generate()
            .ok()
    });
    // Overflow of the random part within one millisecond (2^80 ids) is not a real case.
    match generated {
        Some(id) => id.to_string(),
        None => ulid::Ulid::new().to_string(),
    }
}
