package cn.zhaoshang.crm.investor;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key that finds duplicates: "北京现代汽车有限公司", "北京现代汽车（中国）有限公司" and "Beijing Hyundai
 * Motor Co., Ltd." style variants of one firm normalise to the same text.
 */
public final class InvestorNames {

	/** Legal-form suffixes and fillers, longest first. */
	private static final Pattern FILLERS = Pattern.compile(
			"股份有限公司|有限责任公司|有限公司|集团|株式会社|\\(中国\\)|co\\.?,? ?ltd\\.?|corporation|corp\\.?|inc\\.?|limited|ltd\\.?|group|gmbh|\\bag\\b");

	private static final Pattern NOISE = Pattern.compile("[\\s\\p{Punct}·]+");

	private InvestorNames() {
	}

	public static String normalize(String name) {
		// NFKC turns full-width letters, digits and brackets into half-width ones
		String text = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		text = FILLERS.matcher(text).replaceAll("");
		text = NOISE.matcher(text).replaceAll("");
		return text.isEmpty() ? name.strip() : text;
	}

}
