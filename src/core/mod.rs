//! The assessment itself: plain Rust with no browser in it, tested on the host.

pub mod assessment;
pub mod bits;
pub mod brief;
pub mod checklist;
pub mod date;
pub mod embed;
pub mod export;
pub mod feedback;
pub mod framework;
pub mod from_json;
pub mod ics;
pub mod intro;
pub mod loader;
pub mod merge;
pub mod motivation;
pub mod order;
pub mod plan;
pub mod problem;
pub mod quality;
pub mod questionnaire;
pub mod radar;
pub mod report;
pub mod route;
pub mod scoring;
pub mod shape;
pub mod share;
pub mod situation;
pub mod store;
pub mod text;
pub mod validate;
pub mod verdict;

pub use assessment::{Answer, Assessment};
pub use date::Date;
pub use framework::Framework;
pub use problem::Problem;
pub use report::Report;
