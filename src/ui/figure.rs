//! Saving a picture of a view: the core draws it ([`corpus_core::figure`]);
//! here it becomes an SVG file, or a PNG rendered in the page (a canvas), and
//! is offered as a download. Nothing is uploaded.

use super::hooks::{download, download_url};
use super::Corpus;
use corpus_core::figure::{Caption, Figure};
use corpus_core::i18n::Texts;
use corpus_core::time::calendar::days_from_civil;
use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::Callback;

/// What a picture's caption says about the view it was drawn from.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureView {
    /// The search, names and days in force (see
    /// [`corpus_core::figure::caption::view_parts`]).
    pub parts: std::rc::Rc<Vec<String>>,
    /// Documents shown.
    pub shown: usize,
}

impl FigureView {
    /// The caption of a picture of `what` ("Timeline"), saved today.
    pub fn caption(&self, what: &str, corpus: &Corpus, t: &Texts) -> Caption {
        Caption::new(what, corpus, &self.parts, self.shown, today(), t)
    }
}

/// A picture's file format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Svg,
    Png,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Svg => "SVG",
            Format::Png => "PNG",
        }
    }
}

/// Called with the format a picture is wanted in, and where to say that it
/// could not be made.
pub type OnSave = Callback<(Format, Callback<()>)>;

/// Today, on the reader's clock, in days since 1970-01-01.
fn today() -> i64 {
    let now = js_sys::Date::new_0();
    days_from_civil(
        now.get_full_year() as i64,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    )
}

/// The PNG's pixels per figure pixel: sharp on a slide or a printed page.
const PNG_SCALE: u32 = 2;

/// What the console is told when a picture cannot be made (the reader is
/// told in the interface's words, by [`SaveFigure`](super::components::save_figure::SaveFigure)).
const FAILED: &str = "This browser could not make the picture; try the other format.";

/// Offers `figure` as `{corpus}-{name}.svg` or `.png`; a failure, however
/// late (the PNG is drawn once the browser has read the SVG), goes to
/// `report`.
pub fn save(corpus: &Corpus, figure: &Figure, name: &str, format: Format, report: Callback<()>) {
    let file = format!(
        "{}-{name}.{}",
        corpus.info.file_name,
        format.as_str().to_lowercase()
    );
    let svg = figure.to_svg();
    let saved = match format {
        Format::Svg => download(&file, "image/svg+xml", &svg),
        Format::Png => render_png(
            &svg,
            (figure.width as u32, figure.height as u32),
            file,
            report.clone(),
        ),
    };
    if let Err(e) = saved {
        failed(&report, &e);
    }
}

/// Says that the picture failed, to the reader, and why as a console warning
/// (the failure is handled: the reader knows).
fn failed(report: &Callback<()>, why: &JsValue) {
    web_sys::console::warn_2(&FAILED.into(), why);
    report.emit(());
}

/// Draws `svg` (`size` pixels) on a canvas at [`PNG_SCALE`] and offers the
/// canvas as the PNG `file`, once the browser has read the SVG.
fn render_png(
    svg: &str,
    size: (u32, u32),
    file: String,
    report: Callback<()>,
) -> Result<(), JsValue> {
    let document = gloo::utils::document();
    let image: web_sys::HtmlImageElement = document.create_element("img")?.dyn_into()?;
    let canvas: web_sys::HtmlCanvasElement = document.create_element("canvas")?.dyn_into()?;
    canvas.set_width(size.0 * PNG_SCALE);
    canvas.set_height(size.1 * PNG_SCALE);
    let drawn = {
        let (image, report) = (image.clone(), report.clone());
        Closure::once_into_js(move || {
            if let Err(e) = draw_and_offer(&image, &canvas, size, file, report.clone()) {
                failed(&report, &e);
            }
        })
    };
    let unreadable = Closure::once_into_js(move |e: JsValue| failed(&report, &e));
    image.set_onload(Some(drawn.unchecked_ref()));
    image.set_onerror(Some(unreadable.unchecked_ref()));
    // A data: address (the page's policy allows images from those, not from blob:).
    let data = format!(
        "data:image/svg+xml;charset=utf-8,{}",
        utf8_percent_encode(svg, NON_ALPHANUMERIC)
    );
    image.set_src(&data);
    Ok(())
}

fn draw_and_offer(
    image: &web_sys::HtmlImageElement,
    canvas: &web_sys::HtmlCanvasElement,
    (w, h): (u32, u32),
    file: String,
    report: Callback<()>,
) -> Result<(), JsValue> {
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or("no 2D canvas")?
        .dyn_into()?;
    let (sw, sh) = ((w * PNG_SCALE) as f64, (h * PNG_SCALE) as f64);
    context.draw_image_with_html_image_element_and_dw_and_dh(image, 0.0, 0.0, sw, sh)?;
    let offer = Closure::once_into_js(move |blob: Option<web_sys::Blob>| {
        let url = blob
            .ok_or(JsValue::from("no PNG"))
            .and_then(|blob| web_sys::Url::create_object_url_with_blob(&blob));
        match url {
            Ok(url) => download_url(&file, url),
            Err(e) => failed(&report, &e),
        }
    });
    canvas.to_blob_with_type(offer.unchecked_ref(), "image/png")
}
