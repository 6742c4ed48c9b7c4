//! Realistic fake data for templates: names, companies, places, phone numbers, words.
//!
//! Small fixed lists, so output is deterministic for a seed and needs no data files.

use rand::seq::SliceRandom;
use rand::Rng;
use rand_chacha::ChaCha8Rng;

use super::template::Fake;

const FIRST_NAMES: &[&str] = &[
    "Olivia", "Liam", "Emma", "Noah", "Amelia", "Oliver", "Sophia", "Elijah", "Mia", "Lucas",
    "Harper", "Mateo", "Evelyn", "Levi", "Aisha", "Kenji", "Priya", "Lars", "Chiara", "Tomás",
    "Fatima", "Jonas", "Ingrid", "Diego", "Yuki", "Hannah", "Samuel", "Leila", "Marco", "Zoe",
];

const LAST_NAMES: &[&str] = &[
    "Smith", "Johnson", "Garcia", "Miller", "Davis", "Martinez", "Wilson", "Anderson", "Taylor",
    "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis",
    "Walker", "Müller", "Schmidt", "Rossi", "Dubois", "Nakamura", "Patel", "Kowalski", "Silva",
    "Nielsen", "Okafor",
];

const COMPANY_STEMS: &[&str] = &[
    "Northwind",
    "Bluebird",
    "Summit",
    "Lumen",
    "Cedar",
    "Harbor",
    "Atlas",
    "Juniper",
    "Copper",
    "Evergreen",
    "Brightline",
    "Nimbus",
    "Orchard",
    "Redwood",
    "Silverline",
    "Maple",
    "Horizon",
    "Kestrel",
    "Meridian",
    "Beacon",
];

const COMPANY_SUFFIXES: &[&str] = &[
    "Labs",
    "Studio",
    "Digital",
    "Media",
    "Coffee Co.",
    "Fitness",
    "Dental",
    "Outfitters",
    "Realty",
    "Bakery",
    "Marketing",
    "Logistics",
    "Health",
    "Design",
    "Goods",
];

/// (city, ISO 3166-1 alpha-2, country name)
const PLACES: &[(&str, &str, &str)] = &[
    ("Austin", "US", "United States"),
    ("Chicago", "US", "United States"),
    ("Seattle", "US", "United States"),
    ("Toronto", "CA", "Canada"),
    ("London", "GB", "United Kingdom"),
    ("Manchester", "GB", "United Kingdom"),
    ("Berlin", "DE", "Germany"),
    ("Munich", "DE", "Germany"),
    ("Paris", "FR", "France"),
    ("Lisbon", "PT", "Portugal"),
    ("Amsterdam", "NL", "Netherlands"),
    ("Sydney", "AU", "Australia"),
    ("São Paulo", "BR", "Brazil"),
    ("Mumbai", "IN", "India"),
    ("Singapore", "SG", "Singapore"),
];

const STREETS: &[&str] = &[
    "Main Street",
    "Oak Avenue",
    "Market Street",
    "Maple Drive",
    "Park Lane",
    "Harbor Road",
    "Elm Street",
    "Sunset Boulevard",
    "King Street",
    "Riverside Drive",
];

const MAIL_DOMAINS: &[&str] = &[
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "icloud.com",
    "proton.me",
    "example.com",
];

const WORDS: &[&str] = &[
    "alpha", "bright", "canvas", "delta", "echo", "field", "garden", "harbor", "island", "jade",
    "kite", "lunar", "meadow", "nova", "orbit", "pixel", "quartz", "river", "solar", "tundra",
    "umbra", "velvet", "willow", "yonder", "zephyr", "amber", "breeze", "coral", "dune", "ember",
];

const SENTENCES: &[&str] = &[
    "Hi, is this still available?",
    "Can you send me the invoice for last month?",
    "Thanks, that works for me.",
    "What are your opening hours on Saturday?",
    "I'd like to reschedule my appointment to next week.",
    "Could you share the pricing for the premium plan?",
    "The package arrived today, thank you!",
    "Please call me back when you have a minute.",
    "Is there a discount for annual billing?",
    "We are ready to move forward with the proposal.",
];

fn one<'a>(rng: &mut ChaCha8Rng, list: &[&'a str]) -> &'a str {
    list.choose(rng).copied().unwrap_or_default()
}

fn place(rng: &mut ChaCha8Rng) -> (&'static str, &'static str, &'static str) {
    PLACES
        .choose(rng)
        .copied()
        .unwrap_or(("Austin", "US", "United States"))
}

/// Lowercase ASCII slug: letters and digits, other runs become `-`.
pub(crate) fn slug(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let c = match c {
            'ä' | 'á' | 'à' | 'â' | 'ã' | 'Ä' | 'Á' => 'a',
            'é' | 'è' | 'ê' | 'É' => 'e',
            'í' | 'ì' | 'î' => 'i',
            'ö' | 'ó' | 'ò' | 'ô' | 'õ' | 'Ö' => 'o',
            'ü' | 'ú' | 'ù' | 'û' | 'Ü' => 'u',
            'ç' => 'c',
            'ß' => 's',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

fn company(rng: &mut ChaCha8Rng) -> String {
    format!("{} {}", one(rng, COMPANY_STEMS), one(rng, COMPANY_SUFFIXES))
}

/// An E.164 phone number with a plausible national format.
fn phone(rng: &mut ChaCha8Rng) -> String {
    fn digits(rng: &mut ChaCha8Rng, n: usize) -> String {
        (0..n)
            .map(|_| char::from(b'0' + rng.gen_range(0..10u8)))
            .collect()
    }
    match rng.gen_range(0..5) {
        0 => format!("+447{}", digits(rng, 9)),
        1 => format!("+4915{}", digits(rng, 9)),
        2 => format!("+336{}", digits(rng, 8)),
        3 => format!("+55119{}", digits(rng, 8)),
        _ => {
            let area = rng.gen_range(201..990);
            let exchange = rng.gen_range(200..1000);
            let line = rng.gen_range(0..10_000);
            format!("+1{area}{exchange}{line:04}")
        }
    }
}

/// Generates one fake value.
pub(crate) fn generate(kind: Fake, rng: &mut ChaCha8Rng) -> String {
    match kind {
        Fake::FirstName => one(rng, FIRST_NAMES).to_string(),
        Fake::LastName => one(rng, LAST_NAMES).to_string(),
        Fake::FullName => format!("{} {}", one(rng, FIRST_NAMES), one(rng, LAST_NAMES)),
        Fake::Email => {
            let first = slug(one(rng, FIRST_NAMES));
            let last = slug(one(rng, LAST_NAMES));
            format!("{first}.{last}@{}", one(rng, MAIL_DOMAINS))
        }
        Fake::Company => company(rng),
        Fake::Phone => phone(rng),
        Fake::City => place(rng).0.to_string(),
        Fake::Country => place(rng).1.to_string(),
        Fake::CountryName => place(rng).2.to_string(),
        Fake::Street => format!("{} {}", rng.gen_range(1..2000), one(rng, STREETS)),
        Fake::Zip => format!("{:05}", rng.gen_range(1_000..99_999)),
        Fake::Url => format!(
            "https://www.{}.com/{}",
            slug(one(rng, COMPANY_STEMS)),
            one(rng, WORDS)
        ),
        Fake::Domain => format!("{}{}.com", one(rng, WORDS), one(rng, WORDS)),
        Fake::Word => one(rng, WORDS).to_string(),
        Fake::Sentence => one(rng, SENTENCES).to_string(),
        Fake::Username => format!(
            "{}{}{}",
            slug(one(rng, FIRST_NAMES)),
            one(rng, WORDS),
            rng.gen_range(1..100)
        ),
        Fake::Ip => format!(
            "{}.{}.{}.{}",
            rng.gen_range(23..224),
            rng.gen_range(0..256),
            rng.gen_range(0..256),
            rng.gen_range(1..255)
        ),
    }
}

/// `n` space-separated words.
pub(crate) fn words(n: usize, rng: &mut ChaCha8Rng) -> String {
    (0..n)
        .map(|_| one(rng, WORDS))
        .collect::<Vec<_>>()
        .join(" ")
}
