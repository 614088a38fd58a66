//! What depends on the person's language, apart from the words themselves: which language they
//! get, which way it runs, its plural forms and how it writes numbers. The words live in
//! catalogues and in the framework's translations, outside the code.

mod bundle;
mod catalogue;
mod lang;
mod number;
mod plural;

pub use bundle::Bundle;
pub use catalogue::{Catalogue, Quantity};
pub use lang::{Dir, Lang};
pub use plural::Plural;
