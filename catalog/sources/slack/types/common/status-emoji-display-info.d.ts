export interface StatusEmojiDisplayInfo {
    emoji_name?: string;
    display_alias?: string;
    display_url?: string;
}
//# sourceMappingURL=status-emoji-display-info.d.ts.map