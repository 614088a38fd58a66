//! Prints the static start page that the release build puts in index.html, so that the page
//! paints before the app has loaded. Run by scripts/post-build.mjs; the words are the app's own
//! (core::intro).

use ready_to_lead::core::intro::shell_html;
use ready_to_lead::core::Framework;

fn main() {
    print!("{}", shell_html(&Framework::builtin()));
}
