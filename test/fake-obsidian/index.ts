/**
 * A faithful fake of the `obsidian` module for tests (jest maps `obsidian`
 * here) and for the browser test page. It imports only `yaml`, never Node.
 * Fake-only test helpers are marked as such where they are defined; the DOM
 * helpers (createEl, createDiv, ...) are installed as globals on import.
 */
export { requireApiVersion, useApiVersion } from "./api-version";
export { BasesEntry, BasesQueryResult, BasesView, BasesViewConfig, QueryController, type OpenBase } from "./bases";
export { App, createFakeApp, type FakeAppOptions, type PluginClass } from "./app";
export type { Command } from "./commands";
export { Component } from "./component";
export { debounce } from "./debounce";
export { Events } from "./events";
export { FileManager } from "./file-manager";
export { FileView } from "./file-view";
export { TAbstractFile, TFile, TFolder } from "./files";
export { getFrontMatterInfo } from "./frontmatter";
export { setIcon } from "./icons";
export { Keymap } from "./keymap";
export { getLinkpath, parseLinktext } from "./link-text";
export { Editor, MarkdownView } from "./markdown-view";
export { MarkdownRenderChild, type MarkdownRendering } from "./markdown-render";
export { Menu, MenuItem } from "./menu";
export { MetadataCache, type ColdCache } from "./metadata-cache";
export { Modal } from "./modal";
export { FuzzySuggestModal, SuggestModal, type FuzzyMatch } from "./suggest-modal";
export { Notice } from "./notice";
export { normalizePath } from "./paths";
export { Platform, useDesktopPlatform, usePhonePlatform } from "./platform";
export { Plugin } from "./plugin";
export { Setting } from "./setting";
export { AbstractTextComponent, BaseComponent, ButtonComponent, DropdownComponent, ExtraButtonComponent, SliderComponent, TextAreaComponent, TextComponent, ToggleComponent, ValueComponent } from "./setting-components";
export { PluginSettingTab, SettingTab } from "./setting-tab";
export { chooseValue, click, enterText, enterTextAndLeave, findSetting, nextEvent, pressKey } from "./testing";
export { Vault } from "./vault";
export { ItemView, View, type ViewCreator } from "./view";
export { Workspace } from "./workspace";
export { WorkspaceLeaf } from "./workspace-leaf";
export { parseYaml, stringifyYaml } from "./yaml";
