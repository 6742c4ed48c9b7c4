import type { Button, Checkboxes, Datepicker, DateTimepicker, EmailInput, FeedbackButtons, FileInput, IconButton, ImageElement, MultiSelect, NumberInput, Overflow, PlainTextInput, RadioButtons, RichTextInput, RichTextList, RichTextPreformatted, RichTextQuote, RichTextSection, Select, Timepicker, URLInput, URLSourceElement, WorkflowButton } from './block-elements';
import type { MrkdwnElement, PlainTextElement, RawNumberElement, RawTextElement, SlackFileImageObject, TextObject, UrlImageObject } from './composition-objects';
export interface Block {
    /**
     * @description The type of block.
     */
    type: string;
    /**
     * @description A string acting as a unique identifier for a block. If not specified, a `block_id` will be generated.
     * You can use this `block_id` when you receive an interaction payload to
     * {@link https://docs.slack.dev/interactivity/handling-user-interaction#payloads identify the source of the action}.
     * Maximum length for this field is 255 characters. `block_id` should be unique for each message and each iteration of
     * a message. If a message is updated, use a new `block_id`.
     */
    block_id?: string;
}
/**
 * A helper union type of all known Blocks, as listed out on the
 * {@link https://docs.slack.dev/reference/block-kit/blocks Blocks reference}.
 */
export type KnownBlock = ActionsBlock | AlertBlock | CardBlock | CarouselBlock | ContainerBlock | ContextBlock | ContextActionsBlock | DataTableBlock | DividerBlock | FileBlock | HeaderBlock | ImageBlock | InputBlock | MarkdownBlock | RichTextBlock | SectionBlock | TableBlock | TaskCardBlock | PlanBlock | VideoBlock;
/**
 * A helper union type of all known Blocks as well as the generic {@link Block} interface. A full list of known blocks
 * is available here: {@link https://docs.slack.dev/reference/block-kit/blocks Blocks reference}.
 */
export type AnyBlock = KnownBlock | Block;
/**
 * A helper union type of all Block Elements that can be used in an {@link ActionsBlock}.
 * @see {@link https://docs.slack.dev/reference/block-kit/blocks/actions-block Actions block reference}.
 */
export type ActionsBlockElement = Button | Checkboxes | Datepicker | DateTimepicker | MultiSelect | Overflow | RadioButtons | Select | Timepicker | WorkflowButton | RichTextInput;
/**
 * @description Holds multiple interactive elements.
 * @see {@link https://docs.slack.dev/reference/block-kit/blocks/actions-block Actions block reference}.
 */
export interface ActionsBlock extends Block {
    /**
     * @description The type of block. For an actions block, `type` is always `actions`.
     */
    type: 'actions';
    /**
     * @description An array of {@link InteractiveElements} objects.
     * There is a maximum of 25 elements in each action block.
     */
    elements: ActionsBlockElement[];
}
/**
 * @description Displays alerts, warnings, and informational messages.
 * @see {@link https://docs.slack.dev/reference/block-kit/blocks/alert-block Alert block reference}.
 */
export interface AlertBlock extends Block {
    /**
     * @description The type of block. For an alert block, `type` is always `alert`.
     */
    type: 'alert';
    /**
     * @description The alert message content in the form of a {@link TextObject}.
     */
    text: TextObject;
    /**
     * @description The severity level of the alert. Defaults to `"default"` if omitted.
     */
    level?: 'default' | 'info' | 'warning' | 'error' | 'success';
}
/**
 * @description Displays content in a card. At least one of `hero_image`, `title`, `actions`, or `body` must be provided.
 * @see {@link https://docs.slack.dev/reference/block-kit/blocks/card-block Card block reference}.
 */
export interface CardBlock extends Block {
    /**
     * @description The type of block. For a card block, `type` is always `card`.
     */
    type: 'card';
    /**
     * @description A top banner image for the card in the form of an {@link ImageElement}.
     */
    hero_image?: ImageElement;
    /**
     * @description A small icon displayed next to the title and subtitle in the form of an {@link ImageElement}.
     */
    icon?: ImageElement;
    /**
     * @description The title of the card in the form of a {@link MrkdwnElement}.
     * Maximum length for the text in this field is 150 characters.
     */
    title?: MrkdwnElement;
    /**
     * @description The subtitle of the card in the form of a {@link MrkdwnElement}.
     * Maximum length for the text in this field is 150 characters.
     */
    subtitle?: MrkdwnElement;
    /**
     * @description The body text of the card in the form of a {@link MrkdwnElement}.
     * Maximum length for the text in this field is 200 characters.
     */
    body?: MrkdwnElement;
    /**
     * @description An array of {@link Button} elements displayed at the bottom of the card.
     */
    actions?: Button[];
}
/**
 * @description Displays related card blocks in a horizontally-scrolling container.
 * @see {@link https://docs.slack.dev/reference/block-kit/blocks/carousel-block Carousel block reference}.
 */
export interface CarouselBlock extends Block {
    /**
     * @description The type of block. For a carousel block, `type` is always `carousel`.
     */
    type: 'carousel';
    /**
     * @description An array of {@link CardBlock} elements. Minimum 1, maximum 10 cards.
     */
    elements: CardBlock[];
}
/**
 * @description A general-purpose wrapper for grouping child blocks together, with a configurable size.
 * @see {@link https://docs.slack.dev/reference/block-kit/blocks/container-block Container block reference}.
 */
export interface ContainerBlock extends Block {
    /**
     * @description The type of block. For a container block, `type` is always `container`.
     */
    type: 'container';
    /**
     * @description Plain text title for the container. Maximum length is 150 characters.
     * One of `title` or `rich_text_title` is required.
     */
    title?: PlainTextElement;
    /**
     * @description Rich text title for the container. Takes precedence over `title` if both are provided.
     * One of `title` or `rich_text_title` is required.
     */
    rich_text_title?: RichTextBlock;
    /**
     * @description Subtitle for the container in plain text or mrkdwn format. Maximum length is 150 characters.
     */
    subtitle?: TextObject;
    /**
     * @description An array of child blocks. Maximum 10 blocks.
     */
    child_blocks: (ActionsBlock | ContextBlock | DividerBlock | FileBlock | HeaderBlock | ImageBlock | InputBlock | RichTextBlock | SectionBlock | TableBlock | VideoBlock)[];
    /**
     * @description Controls the width of the container. Defaults to `"standard"`.
     */
    width?: 'narrow' | 'standard' | 'wide' | 'full';
    /**
     * @description An image element displayed alongside the title and subtitle.
     */
    icon?: ImageElement;
    /**
     * @description Whether the container can be collapsed. Defaults to `false`.
     */
    is_collapsible?: boolean;
    /**
     * @description Whether the container is collapsed by default. Requires `is_collapsible` to be `true`. Defaults to `false`.
     */
    default_collapsed?: boolean;
    /**
     * @description Whether to show a visible border separating header from content.
     * Only applies when `is_collapsible` is not `true`. Defaults to `false`.
     */
    has_header_divider?: boolean;
}
/**
 * A helper union type of all Block Elements that can be used in a {@link ContextBlock}.
 * @see {@link https://docs.slack.dev/reference/block-kit/blocks/context-block Context block reference}.
 */
export type ContextBlockElement = ImageElement | TextObject;
/**
 * @description Displays contextual info, which can include both images and text.
 * @see {@link https://docs.slack.dev/reference/block-kit/blocks/context-block Context block reference}.
 */
export interface ContextBlock extends Block {
    /**
     * @description The type of block. For a context block, `type` is always `context`.
     */
    type: 'context';
    /**
     * @description An array of {@link ImageElement}, {@link PlainTextElement} or {@link MrkdwnElement} objects.
     * Maximum number of items is 10.
     */
    elements: ContextBlockElement[];
}
/**
 * A helper union type of all Block Elements that can be used in a {@link ContextActionsBlock}.
 */
export type ContextActionsBlockElement = FeedbackButtons | IconButton;
/**
 * @description Displays actions as contextual info, which can include both feedback buttons and icon buttons.
 * @see {@link https://docs.slack.dev/reference/block-kit/blocks/context-actions-block Context actions block reference}.
 */
export interface ContextActionsBlock extends Block {
    /**
     * @description The type of block. For a context actions block, `type` is always `context_actions`.
     */
    type: 'context_actions';
    /**
     * @description An array of {@link FeedbackButtons} or {@link IconButton} block elements. Maximum number of items is 5.
     */
    elements: ContextActionsBlockElement[];
}
/**
 * @description Displays rich tables that support pagination, sorting, filtering, and interactivity.
 * @see {@link https://docs.slack.dev/reference/block-kit/blocks/data-table-block Data table block reference}.
 */
export interface DataTableBlock extends Block {
    /**
     * @description The type of block. For a data table block, `type` is always `data_table`.
     */
    type: 'data_table';
    /**
     * @description An array consisting of table rows.
     */
    rows: (RawTextElement | RawNumberElement | RichTextBlock)[][];
    /**
     * @description A caption for the table; used as the value for the HTML caption element.
     */
    caption: string;
    /**
     * @description Number of rows per page. Min `1`, Max `100`. Defaults to `5` if omitted.
     */
    page_size?: number;
    /**
     * @description The 0-based index of the column that uniquely identifies each row (the row header). This column is treated as the row's primary identifier for screen readers. Defaults to `0` if omitted.
     */
    row_header_column_index?: number;
}
/**
 * @description Visually separates pieces of info inside of a message. A content divider, like an `<hr>`, to split up
 * different blocks inside of a message. The divider block is nice and neat, requiring only a `type`.
 * @see {@link https://docs.slack.dev/reference/block-kit/blocks/divider-block Divider block reference}.
 */
export interface DividerBlock extends Block {
    /**
     * @description The type of block. For a divider block, `type` is always `divider`.
     */
    type: 'divider';
}
/**
 * @description Displays a {@link https://docs.slack.dev/messaging/working-with-files#remote remote file}. You can't add this block to
 * app surfaces directly, but it will show up when {@link https://docs.slack.dev/messaging/retrieving-messages retrieving messages}
 * that contain remote files. If you want to add remote files to messages,
 * {@link https://docs.slack.dev/messaging/working-with-files#remote follow our guide}.
 * @see {@link https://docs.slack.dev/reference/block-kit/blocks/file-block File block reference}.
 */
export interface FileBlock extends Block {
    /**
     * @description The type of block. For a file block, `type` is always `file`.
     */
    type: 'file';
    /**
     * @description At the moment, source will always be `remote` for a remote file.
     */
    source: string;
    /**
     * @description The external unique ID for this file.
     */
    external_id: string;
}
/**
 * @description Displays a larger-sized text block. A `header` is a plain-text block that displays in a larger, bold
 * font. Use it to delineate between different groups of content in your app's surfaces.
 * @see {@link https://docs.slack.dev/reference/block-kit/blocks/header-block Header block reference}.
 */
export interface HeaderBlock extends Block {
    /**
     * @description The type of block. For a header block, `type` is always `header`.
     */
    type: 'header';
    /**
     * @description The text for the block, in the form of a {@link PlainTextElement}.
     * Maximum length for the text in this field is 150 characters.
     */
    text: PlainTextElement;
}
/**
 * @description Displays an image. A simple image block, designed to make those cat photos really pop.
 * @see {@link https://docs.slack.dev/reference/block-kit/blocks/image-block Image block reference}.
 */
export type ImageBlock = {
    /**
     * @description The type of block. For an image block, `type` is always `image`.
     */
    type: 'image';
    /**
     * @description A plain-text summary of the image. This should not contain any markup.
     * Maximum length for this field is 2000 characters.
     */
    alt_text: string;
    /**
     * @description An optional title for the image in the form of a {@link PlainTextElement} object.
     * Maximum length for the text in this field is 2000 characters.
     */
    title?: PlainTextElement;
} & Block & (UrlImageObject | SlackFileImageObject);
/**
 * A helper union type of all Block Elements that can be used in an {@link InputBlock}.
 * @see {@link https://docs.slack.dev/reference/block-kit/blocks/input-block Input block reference}.
 */
export type InputBlockElement = Checkboxes | Datepicker | DateTimepicker | EmailInput | FileInput | MultiSelect | NumberInput | PlainTextInput | RadioButtons | RichTextInput | Select | Timepicker | URLInput;
/**
 * @description Collects information from users via block elements.
 * @see {@link https://docs.slack.dev/reference/block-kit/blocks/input-block Input block reference}.
 * @see {@link https://docs.slack.dev/surfaces/modals#gathering_input Collecting input in modals guide}.
 * @see {@link https://docs.slack.dev/surfaces/app-home Collecting input in Home tabs guide}.
 */
export interface InputBlock extends Block {
    /**
     * @description The type of block. For an input block, `type` is always `input`.
     */
    type: 'input';
    /**
     * @description A label that appears above an input element in the form of a {@link PlainTextElement} object.
     * Maximum length for the text in this field is 2000 characters.
     */
    label: PlainTextElement;
    /**
     * @description An optional hint that appears below an input element in a lighter grey. It must be a
     * {@link PlainTextElement object}. Maximum length for the `text` in this field is 2000 characters.
     */
    hint?: PlainTextElement;
    /**
     * @description A boolean that indicates whether the input element may be empty when a user submits the modal.
     * Defaults to `false`.
     */
    optional?: boolean;
    /**
     * @description A block element.
     */
    element: InputBlockElement;
    /**
     * @description A boolean that indicates whether or not the use of elements in this block should dispatch a
     * {@link https://docs.slack.dev/reference/interaction-payloads/block_actions-payload block_actions payload}. Defaults to `false`.
     */
    dispatch_action?: boolean;
}
/**
 * @description This block can be used with AI apps when you expect a markdown response from an LLM that can get lost in
 * translation rendering in Slack. Providing it in a markdown block leaves the translating to Slack to ensure your message
 * appears as intended. Note that passing a single block may result in multiple blocks after translation.
 * @see {@link https://api.slack.com/reference/block-kit/blocks#markdown Markdown block reference}.
 */
export interface MarkdownBlock extends Block {
    /**
     * @description The type of block. For a markdown block, `type` is always `markdown`.
     */
    type: 'markdown';
    /**
     * @description The standard markdown-formatted text. Limit 12,000 characters max.
     */
    text: string;
}
/**
 * A helper union type of all Block Elements that can be used in a {@link RichTextBlock}.
 * @see {@link https://docs.slack.dev/reference/block-kit/blocks/rich-text-block Rich text block reference}.
 */
export type RichTextBlockElement = RichTextSection | RichTextList | RichTextQuote | RichTextPreformatted;
/**
 * @description Displays formatted, structured representation of text. It is also the output of the Slack client's
 * WYSIWYG message composer, so all messages sent by end-users will have this format. Use this block to include
 * user-defined formatted text in your Block Kit payload. While it is possible to format text with `mrkdwn`,
 * `rich_text` is strongly preferred and allows greater flexibility.
 * You might encounter a `rich_text` block in a message payload, as a built-in type in workflow apps, or as output of
 * the {@link RichTextInput}.
 * @see {@link https://docs.slack.dev/reference/block-kit/blocks/rich-text-block Rich text block reference}.
 */
export interface RichTextBlock extends Block {
    /**
     * @description The type of block. For a rich text block, `type` is always `rich_text`.
     */
    type: 'rich_text';
    elements: RichTextBlockElement[];
}
/**
 * A helper union type of all Block Elements that can be used as an accessory in a {@link SectionBlock}.
 * @see {@link https://docs.slack.dev/reference/block-kit/blocks/section-block Section block reference}.
 */
export type SectionBlockAccessory = Button | Checkboxes | Datepicker | ImageElement | MultiSelect | Overflow | RadioButtons | Select | Timepicker | WorkflowButton;
/**
 * @description Displays text, possibly alongside block elements. A section can be used as a simple text block, in
 * combination with text fields, or side-by-side with certain
 * {@link https://docs.slack.dev/reference/block-kit/block-elements block elements}.
 * @see {@link https://docs.slack.dev/reference/block-kit/blocks/section-block Section block reference}.
 */
export interface SectionBlock extends Block {
    /**
     * @description The type of block. For a section block, `type` is always `section`.
     */
    type: 'section';
    /**
     * @description The text for the block, in the form of a {@link TextObject}. Minimum length for the `text` in this
     * field is 1 and maximum length is 3000 characters. This field is not required if a valid array of `fields` objects
     * is provided instead.
     */
    text?: TextObject;
    /**
     * @description Required if no `text` is provided. An array of text objects. Any text objects included with `fields`
     * will be rendered in a compact format that allows for 2 columns of side-by-side text. Maximum number of items is 10.
     * Maximum length for the text in each item is 2000 characters.
     * {@link https://app.slack.com/block-kit-builder/#%7B%22blocks%22:%5B%7B%22type%22:%22section%22,%22text%22:%7B%22text%22:%22A%20message%20*with%20some%20bold%20text*%20and%20_some%20italicized%20text_.%22,%22type%22:%22mrkdwn%22%7D,%22fields%22:%5B%7B%22type%22:%22mrkdwn%22,%22text%22:%22*Priority*%22%7D,%7B%22type%22:%22mrkdwn%22,%22text%22:%22*Type*%22%7D,%7B%22type%22:%22plain_text%22,%22text%22:%22High%22%7D,%7B%22type%22:%22plain_text%22,%22text%22:%22String%22%7D%5D%7D%5D%7D Click here for an example}.
     */
    fields?: TextObject[];
    /**
     * @description One of the compatible element objects.
     */
    accessory?: SectionBlockAccessory;
    /**
     * Whether or not this section block's text should always expand when rendered. If false or not provided, it may be rendered with a 'see more' option to expand and show the full text. For AI Assistant apps, this allows the app to post long messages without users needing to click 'see more' to expand the message.
     */
    expand?: boolean;
}
/**
 * @description Displays structured information in a table.
 * @see {@link https://docs.slack.dev/reference/block-kit/blocks/table-block Table block reference}.
 */
export interface TableBlock extends Block {
    /**
     * @description The type of block. For a table block, `type` is always `table`.
     */
    type: 'table';
    /**
     * @description An array consisting of table rows. Maximum 100 rows. Each row object is an array with a max of 20 table cells. Table cells can have a type of rich_text, raw_text, or raw_number.
     */
    rows: (RichTextBlock | RawTextElement | RawNumberElement)[][];
    /**
     * @description An array describing column behavior. If there are fewer items in the column_settings array than there are columns in the table, then the items in the the column_settings array will describe the same number of columns in the table as there are in the array itself. Any additional columns will have the default behavior. Maximum 20 items.
     */
    column_settings?: TableBlockColumnSettings[];
}
/**
 * Schema for column_settings of the table block.
 * @see {@link https://docs.slack.dev/reference/block-kit/blocks/table-block/#schema-for-column_settings}.
 */
interface TableBlockColumnSettings {
    /**
     * @description The alignment for items in this column. Can be left, center, or right. Defaults to left if not defined.
     */
    align?: 'left' | 'center' | 'right';
    /**
     * @description Whether the contents of this column should be wrapped or not. Defaults to false if not defined.
     */
    is_wrapped?: boolean;
}
/**
 * @description A discrete task or tool call.
 * @see https://docs.slack.dev/reference/block-kit/blocks/task-card-block/
 */
export interface TaskCardBlock extends Block {
    /**
     * @description The type of block. For this block, type will always be `task_card`.
     */
    type: 'task_card';
    /**
     * @description ID for the task.
     */
    task_id: string;
    /**
     * @description Title of the task in plain text.
     */
    title: string;
    /**
     * @description Details of the task in the form of a single "rich_text" entity.
     */
    details?: RichTextBlock;
    /**
     * @description Output of the task in the form of a single "rich_text" entity.
     */
    output?: RichTextBlock;
    /**
     * @description Array of URL source elements used to generate a response.
     */
    sources?: URLSourceElement[];
    /**
     * @description The state of a task. Can be "pending", "in_progress", "complete", or "error".
     */
    status: 'pending' | 'in_progress' | 'complete' | 'error';
}
/**
 * @description A collection of related tasks.
 * @see https://docs.slack.dev/reference/block-kit/blocks/plan-block/
 */
export interface PlanBlock extends Block {
    /**
     * @description The type of block. In this case `type` is always `plan`.
     */
    type: 'plan';
    /**
     * @description Title of the plan in plain text.
     */
    title: string;
    /**
     * @description A sequence of task card blocks. Each task represents a single action within the plan.
     */
    tasks?: (TaskCardBlock | Record<string, unknown>)[];
}
/**
 * @description Displays an embedded video player. A video block is designed to embed videos in all app surfaces (e.g.
 * link unfurls, messages, modals, App Home) — anywhere you can put blocks! To use the video block within your app, you
 * must have the {@link https://docs.slack.dev/reference/scopes/links.embed.write `links.embed:write` scope}.
 * @see {@link https://docs.slack.dev/reference/block-kit/blocks/video-block Video block reference}.
 */
export interface VideoBlock extends Block {
    /**
     * @description The type of block. For a video block, `type` is always `video`.
     */
    type: 'video';
    /**
     * @description The URL to be embedded. Must match any existing
     * {@link https://docs.slack.dev/messaging/unfurling-links-in-messages unfurl domains} within the app
     * and point to a HTTPS URL.
     */
    video_url: string;
    /**
     * @description The thumbnail image URL.
     */
    thumbnail_url: string;
    /**
     * @description A tooltip for the video. Required for accessibility.
     */
    alt_text: string;
    /**
     * @description Video title as a {@link PlainTextElement} object. `text` within must be less than 200 characters.
     */
    title: PlainTextElement;
    /**
     * @description Hyperlink for the title text. Must correspond to the non-embeddable URL for the video.
     * Must go to an HTTPS URL.
     */
    title_url?: string;
    /**
     * @description Author name to be displayed. Must be less than 50 characters.
     */
    author_name?: string;
    /**
     * @description The originating application or domain of the video, e.g. YouTube.
     */
    provider_name?: string;
    /**
     * @description Icon for the video provider, e.g. YouTube icon.
     */
    provider_icon_url?: string;
    /**
     * @description Description for video using a {@link PlainTextElement} object.
     */
    description?: PlainTextElement;
}
export {};
//# sourceMappingURL=blocks.d.ts.map