//! The profiles compiled into the binary, in the order the UI lists them.

macro_rules! profile {
    ($id:literal) => {
        (
            concat!("catalog/", $id, ".json"),
            include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/catalog/",
                $id,
                ".json"
            )),
        )
    };
}

/// (file name, JSON text) of every embedded profile.
pub(crate) const SOURCES: &[(&str, &str)] = &[
    profile!("connexify"),
    profile!("connectgain"),
    profile!("leadsie"),
    profile!("connectly"),
    profile!("workspace"),
    profile!("standard-webhooks"),
    profile!("stripe"),
    profile!("github"),
    profile!("shopify"),
    profile!("slack"),
    profile!("generic"),
];
