use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StoryFieldProps {
    /// The field's id (its label's `for`, the focus's target).
    pub id: AttrValue,
    /// The text kept (the field shows it when drawn and whenever it changes).
    pub value: AttrValue,
    /// A text area of this many rows; 0, a one-line field.
    #[prop_or_default]
    pub rows: u32,
    /// Hears what the field holds when it is left having changed.
    pub on_keep: Callback<String>,
}

/// A text of a story being written: what is typed stays the reader's until
/// the field is left (the focus moving anywhere, a button's click among
/// them), then is kept if it changed. The field is not controlled: the page
/// drawn again while the reader types (another step kept, a status said)
/// leaves what they typed alone; it shows the text kept when that changes.
#[function_component]
pub fn StoryField(props: &StoryFieldProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(props.value.clone(), move |value| {
            if let Some(input) = node.cast::<web_sys::HtmlInputElement>() {
                input.set_value(value);
            } else if let Some(area) = node.cast::<web_sys::HtmlTextAreaElement>() {
                area.set_value(value);
            }
        });
    }
    let onblur = {
        let (now, on_keep) = (props.value.clone(), props.on_keep.clone());
        Callback::from(move |e: FocusEvent| {
            let text = field_value(&e);
            if text != *now {
                on_keep.emit(text);
            }
        })
    };
    let id = props.id.clone();
    if props.rows > 0 {
        html! { <textarea ref={node} {id} rows={props.rows.to_string()} {onblur} /> }
    } else {
        html! { <input ref={node} {id} type="text" {onblur} /> }
    }
}

/// The value of the field (a text field, a text area, a list) an event is
/// from.
pub fn field_value(e: &Event) -> String {
    let Some(target) = e.target() else {
        return String::new();
    };
    if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>() {
        input.value()
    } else if let Some(area) = target.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.value()
    } else if let Some(list) = target.dyn_ref::<web_sys::HtmlSelectElement>() {
        list.value()
    } else {
        String::new()
    }
}
