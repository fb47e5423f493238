//! The timeline's zoom: the days in view, zoomed and panned by buttons, the
//! wheel (Ctrl+wheel and a trackpad's pinch zoom, Shift+wheel pans) and two
//! fingers on a touch screen.

use super::use_wheel;
use corpus_core::timeline::lanes::Extent;
use corpus_core::timeline::scale::{between, Scale};
use yew::prelude::*;

/// The days in view and how to change them.
#[derive(Clone)]
pub struct Zoom {
    /// The days in view.
    pub scale: Scale,
    /// The days the axis can show.
    pub bounds: Scale,
    /// The view the reader chose, if any (else the publications' span).
    view: UseStateHandle<Option<Scale>>,
}

impl Zoom {
    pub fn set(&self, scale: Scale) {
        self.view.set(Some(scale));
    }

    /// Back to the publications' span.
    pub fn reset(&self) {
        self.view.set(None);
    }

    /// Zoomed by `factor` (under 1 zooms in) around fraction `at` of the width.
    pub fn by(&self, factor: f64, at: f64) {
        self.set(self.scale.zoom(at, factor, self.bounds));
    }

    /// Centred on `day` at the same zoom.
    pub fn centre(&self, day: f64) {
        self.set(self.scale.centred(day, self.bounds));
    }

    /// Showing the days `first..=last`.
    pub fn show(&self, first: i64, last: i64) {
        self.set(Scale::around(first as f64, last as f64, self.bounds));
    }
}

#[hook]
pub fn use_zoom(extent: Extent) -> Zoom {
    let view = use_state_eq(|| None::<Scale>);
    Zoom {
        scale: view.unwrap_or(extent.home),
        bounds: extent.bounds,
        view,
    }
}

/// Where `client_x` falls in `element`, as a fraction of its width (0 to 1).
pub fn fraction_of(element: &NodeRef, client_x: i32) -> f64 {
    element.cast::<web_sys::Element>().map_or(0.0, |el| {
        let r = el.get_bounding_client_rect();
        between((client_x as f64 - r.left()) / r.width().max(1.0), 0.0, 1.0)
    })
}

/// The wheel over `element` zooms around the pointer (Ctrl+wheel, a trackpad's
/// pinch) or pans (Shift+wheel, a sideways swipe); other wheeling scrolls the page.
#[hook]
pub fn use_wheel_zoom(element: NodeRef, zoom: &Zoom) {
    let on_wheel = {
        let (zoom, element) = (zoom.clone(), element.clone());
        Callback::from(move |e: web_sys::WheelEvent| {
            let Some(el) = element.cast::<web_sys::Element>() else {
                return;
            };
            let r = el.get_bounding_client_rect();
            let at = (e.client_x() as f64 - r.left()) / r.width().max(1.0);
            if e.ctrl_key() || e.meta_key() {
                e.prevent_default();
                zoom.by((e.delta_y() * 0.01).exp(), at);
            } else if e.shift_key() || e.delta_x().abs() > e.delta_y().abs() {
                e.prevent_default();
                let d = if e.delta_x() != 0.0 {
                    e.delta_x()
                } else {
                    e.delta_y()
                };
                zoom.set(zoom.scale.pan(d / r.width().max(1.0), zoom.bounds));
            }
        })
    };
    use_wheel(element, on_wheel);
}

/// Two fingers on `element` (`width_px` wide) zoom it; vertical swipes still
/// scroll the page. `on_start` is called when a pinch begins (to drop a drag).
/// Returns the pointer listener for the element's pointer events.
#[hook]
pub fn use_pinch(
    element: NodeRef,
    zoom: &Zoom,
    width_px: f64,
    on_start: Callback<()>,
) -> Callback<PointerEvent> {
    let touches = use_mut_ref(Vec::<(i32, f64)>::new);
    // Distance between the fingers, the view and the midpoint when it began.
    let pinch = use_mut_ref(|| None::<(f64, Scale, f64)>);
    let zoom = zoom.clone();
    Callback::from(move |e: PointerEvent| {
        if e.pointer_type() != "touch" {
            return;
        }
        let x = e.client_x() as f64;
        let mut t = touches.borrow_mut();
        match e.type_().as_str() {
            "pointerdown" => t.push((e.pointer_id(), x)),
            "pointermove" => {
                if let Some(p) = t.iter_mut().find(|p| p.0 == e.pointer_id()) {
                    p.1 = x;
                }
            }
            _ => t.retain(|p| p.0 != e.pointer_id()),
        }
        if t.len() != 2 {
            *pinch.borrow_mut() = None;
            return;
        }
        let distance = (t[0].1 - t[1].1).abs().max(10.0);
        let left = element
            .cast::<web_sys::Element>()
            .map_or(0.0, |el| el.get_bounding_client_rect().left());
        let mid = ((t[0].1 + t[1].1) / 2.0 - left) / width_px;
        let mut p = pinch.borrow_mut();
        match *p {
            None => {
                *p = Some((distance, zoom.scale, mid));
                on_start.emit(());
            }
            Some((start, from, at)) => zoom.set(from.zoom(at, start / distance, zoom.bounds)),
        }
    })
}
