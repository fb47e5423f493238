//! Sorting through one shared sort. A sort is compiled once per element type
//! and comparison, about 3 KB of the reader's download each; the search, the
//! names and the timeline sort a dozen different ways. Here each caller packs
//! its order into a `u128` key of 32-bit fields, most significant first
//! ([`key`]), and they all share the one sort of `(u128, u32)` pairs.
//!
//! The sort is stable: items with equal keys keep their order.

/// Sorts `items` by `key`, stably.
pub fn sort_by_key<T>(items: &mut Vec<T>, key: impl Fn(&T) -> u128) {
    let mut keyed: Vec<(u128, u32)> = items
        .iter()
        .enumerate()
        .map(|(i, item)| (key(item), i as u32))
        .collect();
    sort_pairs(&mut keyed);
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        keyed
            .iter()
            .filter_map(|&(_, i)| slots.get_mut(i as usize).and_then(Option::take)),
    );
}

/// Each text's rank in byte order (equal texts share one), for keys that
/// order by text: the one sort of texts, shared like [`sort_by_key`]'s.
pub fn text_ranks(texts: &[&str]) -> Vec<u32> {
    let mut sorted: Vec<(&str, u32)> = texts.iter().zip(0u32..).map(|(&t, i)| (t, i)).collect();
    sort_texts(&mut sorted);
    let mut ranks = vec![0; texts.len()];
    let mut rank = 0;
    for (k, &(text, i)) in sorted.iter().enumerate() {
        if k > 0 && sorted[k - 1].0 != text {
            rank += 1;
        }
        ranks[i as usize] = rank;
    }
    ranks
}

#[inline(never)]
fn sort_texts(sorted: &mut [(&str, u32)]) {
    sorted.sort_unstable();
}

/// The one sort (the index breaks ties, so unstable is stable here).
#[inline(never)]
fn sort_pairs(keyed: &mut [(u128, u32)]) {
    keyed.sort_unstable();
}

/// A key of up to four 32-bit fields, the most significant first.
pub fn key(fields: [u32; 4]) -> u128 {
    fields.iter().fold(0u128, |k, &f| (k << 32) | u128::from(f))
}

/// A count or index as a field, ascending (saturating at `u32::MAX`).
pub fn up(v: usize) -> u32 {
    u32::try_from(v).unwrap_or(u32::MAX)
}

/// A field, descending.
pub fn down(v: u32) -> u32 {
    u32::MAX - v
}

/// A day number (days since 1970) as a field, ascending; days beyond ±5.8
/// million years are clamped.
pub fn day(d: i64) -> u32 {
    (d.clamp(i32::MIN as i64, i32::MAX as i64) - i32::MIN as i64) as u32
}

/// A score as a field, descending (NaN last).
pub fn score_down(s: f32) -> u32 {
    let bits = s.to_bits();
    // The float's bits in the order of its values (IEEE 754 total order).
    let ascending = if bits >> 31 == 1 {
        !bits
    } else {
        bits | 1 << 31
    };
    if s.is_nan() {
        u32::MAX
    } else {
        u32::MAX - ascending
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check<T: Clone + std::fmt::Debug + PartialEq>(
        items: &[T],
        key: impl Fn(&T) -> u128,
        expected: &[T],
    ) {
        let mut v = items.to_vec();
        sort_by_key(&mut v, key);
        assert_eq!(v, expected);
    }

    #[test]
    fn sorts_by_packed_fields_stably() {
        check(&[3usize, 1, 2], |&x| key([0, 0, 0, up(x)]), &[1, 2, 3]);
        check(&[3u32, 1, 2], |&x| key([down(x), 0, 0, 0]), &[3, 2, 1]);
        // Ties keep their order.
        check(
            &[(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd')],
            |&(k, _)| key([0, 0, 0, k]),
            &[(0, 'b'), (0, 'd'), (1, 'a'), (1, 'c')],
        );
        // Earlier fields win.
        check(
            &[(1u32, 0u32), (0, 9), (1, 1)],
            |&(a, b)| key([a, b, 0, 0]),
            &[(0, 9), (1, 0), (1, 1)],
        );
        check::<String>(&[], |_| 0, &[]);
    }

    #[test]
    fn texts_rank_in_byte_order_and_equal_texts_share_a_rank() {
        assert_eq!(text_ranks(&["b", "a", "c", "a", ""]), [2, 1, 3, 1, 0]);
        assert_eq!(text_ranks(&[]), Vec::<u32>::new());
        // Word lists joined by NUL order as the lists do.
        let joined = ["a\0b", "ab", "a", "a\0b\0c"];
        assert_eq!(text_ranks(&joined), [1, 3, 0, 2]);
    }

    #[test]
    fn fields_keep_the_order_of_their_values() {
        let days = [-800_000i64, -1, 0, 1, 19_000, i64::MIN, i64::MAX];
        for w in days.windows(2).take(4) {
            assert!(day(w[0]) < day(w[1]), "{w:?}");
        }
        assert_eq!(day(i64::MIN), 0);
        assert_eq!(day(i64::MAX), u32::MAX);
        let scores = [f32::INFINITY, 3.5, 1.0, 0.0, -0.0, -2.0, f32::NEG_INFINITY];
        for w in scores.windows(2) {
            assert!(score_down(w[0]) <= score_down(w[1]), "{w:?}");
        }
        assert!(score_down(1.0) < score_down(0.5));
        assert_eq!(score_down(f32::NAN), u32::MAX);
        assert!(down(5) < down(4) && up(4) < up(5));
        assert_eq!(up(usize::MAX), u32::MAX);
    }
}
