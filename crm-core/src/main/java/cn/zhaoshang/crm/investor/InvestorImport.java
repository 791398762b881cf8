package cn.zhaoshang.crm.investor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.zhaoshang.crm.shared.ImportSheet;

/**
 * The columns of an investor import file (see {@link #COLUMNS}), read by
 * {@link ImportSheet}: the first row names them, in Chinese or English; "中文名称" is
 * required.
 */
final class InvestorImport {

	/** Accepted headers (lower case) for each field of the form. */
	static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

	static {
		COLUMNS.put("nameZh", List.of("中文名称", "chinese name", "name_zh"));
		COLUMNS.put("nameEn", List.of("英文名称", "english name", "name_en"));
		COLUMNS.put("nameLocal", List.of("原文名称", "name in own language", "name_local"));
		COLUMNS.put("uscc", List.of("统一社会信用代码", "unified social credit code", "uscc"));
		COLUMNS.put("country", List.of("国家/地区", "country/region", "country", "country_code"));
		COLUMNS.put("ownership", List.of("企业性质", "ownership"));
		COLUMNS.put("industry", List.of("行业", "industry"));
		COLUMNS.put("fortune500Rank", List.of("世界500强排名", "fortune global 500 rank", "fortune500_rank"));
		COLUMNS.put("china500", List.of("中国500强", "china top 500", "china500"));
		COLUMNS.put("existingTenant", List.of("区内已落地企业", "existing tenant", "existing tenant in the zone"));
		COLUMNS.put("jingjinTransfer", List.of("京津产业转移", "moving out of beijing-tianjin", "jingjin_transfer"));
		COLUMNS.put("website", List.of("网址", "website"));
		COLUMNS.put("address", List.of("地址", "address"));
		COLUMNS.put("notes", List.of("备注", "notes"));
	}

	private InvestorImport() {
	}

	static List<ImportSheet.Line> read(byte[] content, String fileName) {
		return ImportSheet.read(content, fileName, COLUMNS, "nameZh", "import.error.no-name-column");
	}

}
