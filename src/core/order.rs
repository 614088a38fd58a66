//! Sorting the app's lists. std's sort brings a few KB of wasm for every element type and
//! comparison it is used with (over 70 KB in all here, for lists of a few dozen entries), so
//! every list is sorted through one instance of it: indices are sorted, then the list is put in
//! their order. Stable, like `sort_by`.

use std::cmp::Ordering;

/// Sorts `list` stably by `order`.
pub fn sort_by<T>(list: &mut Vec<T>, order: impl Fn(&T, &T) -> Ordering) {
    if list.len() < 2 {
        return;
    }
    let by = sorted_indices(list.len(), &|a, b| order(&list[a], &list[b]));
    let mut slots: Vec<Option<T>> = list.drain(..).map(Some).collect();
    list.extend(
        by.into_iter()
            .filter_map(|i| slots.get_mut(i).and_then(Option::take)),
    );
}

/// Sorts `list` stably by a key.
pub fn sort_by_key<T, K: Ord>(list: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(list, |a, b| key(a).cmp(&key(b)));
}

/// The one instance of std's sort: positions `0..n` in the order `order` gives them.
#[inline(never)]
fn sorted_indices(n: usize, order: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut by: Vec<usize> = (0..n).collect();
    by.sort_by(|&a, &b| order(a, b));
    by
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_std_and_keeps_equal_entries_in_order() {
        let mut seed = 7u64;
        for len in 0..60 {
            let mut list: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    ((seed % 5) as u8, i)
                })
                .collect();
            let mut expected = list.clone();
            expected.sort_by_key(|e| e.0);
            sort_by_key(&mut list, |e| e.0);
            assert_eq!(list, expected);
            sort_by(&mut list, |a, b| b.cmp(a));
            expected.sort_by(|a, b| b.cmp(a));
            assert_eq!(list, expected);
        }
    }
}
