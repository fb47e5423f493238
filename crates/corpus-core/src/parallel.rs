//! Work over each article at once on every core at build time (the
//! `parallel` feature, rayon), and one after the other in WebAssembly, where
//! the page's ingestion runs in a worker of its own without threads.

/// `f(i, item)` for every item of `items`, the results in their order.
pub fn map_in_order<T, R, F>(items: &[T], f: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(usize, &T) -> R + Sync + Send,
{
    #[cfg(feature = "parallel")]
    {
        use rayon::prelude::*;
        items.par_iter().enumerate().map(|(i, t)| f(i, t)).collect()
    }
    #[cfg(not(feature = "parallel"))]
    {
        items.iter().enumerate().map(|(i, t)| f(i, t)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_the_items_order() {
        let items: Vec<u64> = (0..10_000).collect();
        let out = map_in_order(&items, |i, t| (i as u64) * 1_000_000 + t);
        assert_eq!(out, (0..10_000).map(|t| t * 1_000_001).collect::<Vec<_>>());
        assert!(map_in_order(&[] as &[u8], |_, t| *t).is_empty());
    }
}
