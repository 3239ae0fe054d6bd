/** Desktop on Linux by default; tests may flip fields to exercise the mobile paths. */
export const Platform = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: true,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: false,
	isWin: false,
	isLinux: true,
	isSafari: false,
	resourcePathPrefix: "app://local/",
};

/** Test helper: the flags of a phone (mobile app, not desktop). */
export function usePhonePlatform(): void {
	Object.assign(Platform, { isDesktop: false, isMobile: true, isDesktopApp: false, isMobileApp: true, isAndroidApp: true, isPhone: true, isLinux: false, resourcePathPrefix: "http://localhost/_capacitor_file_" });
}

const desktop = { ...Platform };

/** Test helper: back to the default desktop flags. */
export function useDesktopPlatform(): void {
	Object.assign(Platform, desktop);
}
