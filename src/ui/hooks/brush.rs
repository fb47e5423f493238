//! Dragging on the timeline's axis picks days; a click without a drag clears them.

use super::zoom::fraction_of;
use corpus_core::timeline::scale::Scale;
use yew::prelude::*;

/// The drag under way, and the axis's pointer listeners.
#[derive(Clone)]
pub struct Brush {
    /// The days being dragged over (start, now), fractional.
    pub drag: Option<(f64, f64)>,
    pub onpointerdown: Callback<PointerEvent>,
    pub onpointermove: Callback<PointerEvent>,
    pub onpointerup: Callback<PointerEvent>,
    /// Drops the drag (a pinch began).
    pub cancel: Callback<()>,
}

/// Dragging over `element`, drawn `width_px` wide at `scale`, picks whole days
/// and calls `on_range` with them; a click (under 4 pixels) calls it with `None`.
#[hook]
pub fn use_brush(
    element: NodeRef,
    scale: Scale,
    width_px: f64,
    on_range: Callback<Option<(i64, i64)>>,
) -> Brush {
    let drag = use_state_eq(|| None::<(f64, f64)>);
    let onpointerdown = {
        let (drag, element) = (drag.clone(), element.clone());
        Callback::from(move |e: PointerEvent| {
            let day = scale.day(fraction_of(&element, e.client_x()));
            if let Some(t) = e.target_dyn_into::<web_sys::Element>() {
                let _ = t.set_pointer_capture(e.pointer_id());
            }
            drag.set(Some((day, day)));
        })
    };
    let onpointermove = {
        let drag = drag.clone();
        Callback::from(move |e: PointerEvent| {
            if let Some((start, _)) = *drag {
                drag.set(Some((
                    start,
                    scale.day(fraction_of(&element, e.client_x())),
                )));
            }
        })
    };
    let onpointerup = {
        let drag = drag.clone();
        Callback::from(move |_: PointerEvent| {
            if let Some((a, b)) = *drag {
                let (a, b) = (a.min(b), a.max(b));
                if (b - a) * width_px / scale.span() < 4.0 {
                    on_range.emit(None);
                } else {
                    on_range.emit(Some((a.floor() as i64, b.floor() as i64)));
                }
            }
            drag.set(None);
        })
    };
    let cancel = {
        let drag = drag.clone();
        Callback::from(move |()| drag.set(None))
    };
    Brush {
        drag: *drag,
        onpointerdown,
        onpointermove,
        onpointerup,
        cancel,
    }
}
