"""Word lists of the research layer, as plain data (one place, no logic).

Every variable in ``docs/CODEBOOK.md`` that depends on wording reads its words from here;
:mod:`govdoc_nlp.research.compiled` turns them into regular expressions once per process.
Adding a variant is a one-line change here (with a test).
"""

from __future__ import annotations

# ================================================================ who: administrative level
LEVELS = ("national", "provincial", "prefecture", "county", "township")

# Provinces, autonomous regions and municipalities (short names; the suffix is optional).
PROVINCES = (
    "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北",
    "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾",
)
AUTONOMOUS_REGIONS = ("内蒙古", "广西", "西藏", "宁夏", "新疆")
MUNICIPALITIES = ("北京", "天津", "上海", "重庆")

# Prefecture-level cities (地级市), short names. A ``X市`` not in this list (and not a municipality)
# is taken to be a county-level city (县级市) such as 新密市, 个旧市, 赤壁市.
PREFECTURE_CITIES = (
    # 河北
    "石家庄", "唐山", "秦皇岛", "邯郸", "邢台", "保定", "张家口", "承德", "沧州", "廊坊", "衡水",
    # 山西
    "太原", "大同", "阳泉", "长治", "晋城", "朔州", "晋中", "运城", "忻州", "临汾", "吕梁",
    # 内蒙古
    "呼和浩特", "包头", "乌海", "赤峰", "通辽", "鄂尔多斯", "呼伦贝尔", "巴彦淖尔", "乌兰察布",
    # 辽宁
    "沈阳", "大连", "鞍山", "抚顺", "本溪", "丹东", "锦州", "营口", "阜新", "辽阳", "盘锦", "铁岭", "朝阳", "葫芦岛",
    # 吉林
    "长春", "吉林", "四平", "辽源", "通化", "白山", "松原", "白城",
    # 黑龙江
    "哈尔滨", "齐齐哈尔", "鸡西", "鹤岗", "双鸭山", "大庆", "伊春", "佳木斯", "七台河", "牡丹江", "黑河", "绥化",
    # 江苏
    "南京", "无锡", "徐州", "常州", "苏州", "南通", "连云港", "淮安", "盐城", "扬州", "镇江", "泰州", "宿迁",
    # 浙江
    "杭州", "宁波", "温州", "嘉兴", "湖州", "绍兴", "金华", "衢州", "舟山", "台州", "丽水",
    # 安徽
    "合肥", "芜湖", "蚌埠", "淮南", "马鞍山", "淮北", "铜陵", "安庆", "黄山", "滁州", "阜阳", "宿州", "六安", "亳州",
    "池州", "宣城",
    # 福建
    "福州", "厦门", "莆田", "三明", "泉州", "漳州", "南平", "龙岩", "宁德",
    # 江西
    "南昌", "景德镇", "萍乡", "九江", "新余", "鹰潭", "赣州", "吉安", "宜春", "抚州", "上饶",
    # 山东
    "济南", "青岛", "淄博", "枣庄", "东营", "烟台", "潍坊", "济宁", "泰安", "威海", "日照", "临沂", "德州", "聊城",
    "滨州", "菏泽",
    # 河南
    "郑州", "开封", "洛阳", "平顶山", "安阳", "鹤壁", "新乡", "焦作", "濮阳", "许昌", "漯河", "三门峡", "南阳", "商丘",
    "信阳", "周口", "驻马店",
    # 湖北
    "武汉", "黄石", "十堰", "宜昌", "襄阳", "鄂州", "荆门", "孝感", "荆州", "黄冈", "咸宁", "随州",
    # 湖南
    "长沙", "株洲", "湘潭", "衡阳", "邵阳", "岳阳", "常德", "张家界", "益阳", "郴州", "永州", "怀化", "娄底",
    # 广东
    "广州", "韶关", "深圳", "珠海", "汕头", "佛山", "江门", "湛江", "茂名", "肇庆", "惠州", "梅州", "汕尾", "河源",
    "阳江", "清远", "东莞", "中山", "潮州", "揭阳", "云浮",
    # 广西
    "南宁", "柳州", "桂林", "梧州", "北海", "防城港", "钦州", "贵港", "玉林", "百色", "贺州", "河池", "来宾", "崇左",
    # 海南
    "海口", "三亚", "三沙", "儋州",
    # 四川
    "成都", "自贡", "攀枝花", "泸州", "德阳", "绵阳", "广元", "遂宁", "内江", "乐山", "南充", "眉山", "宜宾", "广安",
    "达州", "雅安", "巴中", "资阳",
    # 贵州
    "贵阳", "六盘水", "遵义", "安顺", "毕节", "铜仁",
    # 云南
    "昆明", "曲靖", "玉溪", "保山", "昭通", "丽江", "普洱", "临沧",
    # 西藏
    "拉萨", "日喀则", "昌都", "林芝", "山南", "那曲",
    # 陕西
    "西安", "铜川", "宝鸡", "咸阳", "渭南", "延安", "汉中", "榆林", "安康", "商洛",
    # 甘肃
    "兰州", "嘉峪关", "金昌", "白银", "天水", "武威", "张掖", "平凉", "酒泉", "庆阳", "定西", "陇南",
    # 青海
    "西宁", "海东",
    # 宁夏
    "银川", "石嘴山", "吴忠", "固原", "中卫",
    # 新疆
    "乌鲁木齐", "克拉玛依", "吐鲁番", "哈密",
)

# County-level cities whose name + 市 reads like a word of NOT_A_PLACE (应城市 holds 城市).
COUNTY_CITIES_WITH_PLACE_WORDS = ("应城", "韩城", "邹城", "诸城", "麻城", "宜城", "丰城", "台城", "都城")

# Name endings that mark a unit of each level, most specific first within a level. ``市`` is handled
# apart (prefecture or county-level city, see PREFECTURE_CITIES).
NATIONAL_MARKERS = ("国务院", "中华人民共和国", "全国人大", "全国政协", "中央", "国家")
NATIONAL_ENDINGS = ("部", "总局", "总署")
PROVINCIAL_UNIT_SUFFIXES = ("省", "自治区")
PROVINCIAL_ENDINGS = ("厅",)
PREFECTURE_UNIT_SUFFIXES = ("自治州", "州", "盟", "地区")
COUNTY_UNIT_SUFFIXES = ("自治县", "自治旗", "县", "旗", "新区", "区")
TOWNSHIP_UNIT_SUFFIXES = ("街道办事处", "街道", "镇", "乡", "苏木")
# Words that contain a unit suffix but are not a place (城乡建设, 社区, 园区, 地区 in 地区差异…).
NOT_A_PLACE = (
    "城乡", "乡村", "乡镇", "城镇", "村镇", "集镇", "街道办", "社区", "园区", "景区", "小区", "片区", "辖区",
    "校区", "区域", "区划", "区间", "市场", "市政", "市民", "市容", "城市",
    "都市", "超市", "县级", "市级", "省级", "区级", "镇级", "乡级", "州级", "厅级", "部门", "部署", "全部", "内部",
    "干部", "支部", "总部", "部分", "局部", "政府", "乡土", "家乡", "下乡", "故乡", "老乡", "镇静",
)
# A bare leading level word with no place name: 市教育体育局, 县交通运输局, 区水务局, 省交通运输厅.
BARE_LEVEL_PREFIX = {
    "省": "provincial", "自治区": "provincial", "市": "prefecture", "州": "prefecture", "盟": "prefecture",
    "县": "county", "区": "county", "旗": "county", "镇": "township", "乡": "township", "街道": "township",
}

# ================================================================ who: sector of the issuer
# sector → words of the issuer name; the first sector whose word occurs (in this order) wins.
SECTORS: dict[str, tuple[str, ...]] = {
    "public_security": ("公安", "交警", "交通警察", "派出所", "交巡警", "消防救援"),
    "education": ("教育", "教体", "教委", "教科", "学校", "大学", "学院"),
    "transport": ("交通", "公路", "运输", "港航", "航务", "客运", "铁路", "民航"),
    "housing": ("住房", "住建", "城乡建设", "房产", "房管", "房屋", "建设局", "建设和管理", "建委", "住房保障", "公积金"),
    "health": ("卫生", "卫健", "医疗", "医保", "医疗保障", "疾控", "疾病预防", "计生", "健康", "药品", "医院"),
    "water": ("水利", "水务", "水文", "水资源", "水库", "河道", "供水"),
    "finance": ("财政", "金融", "税务", "审计", "国资", "银行", "统计"),
    "agriculture": ("农业", "农村", "农科", "农牧", "畜牧", "兽医", "乡村振兴", "扶贫", "林业", "林草", "渔业", "农机", "粮食", "供销"),
    "environment": ("生态环境", "环境保护", "环保", "生态", "环境"),
    "civil_affairs": ("民政", "残联", "老龄", "殡葬", "社会救助"),
    "human_resources": ("人力资源", "人社", "社会保障", "社保", "劳动", "就业"),
    "culture_tourism": ("文化", "旅游", "文旅", "广电", "广播电视", "文物", "体育", "新闻出版"),
    "urban_management": ("城市管理", "城管", "综合行政执法", "行政执法", "市政", "园林", "环卫"),
    "natural_resources": ("自然资源", "国土", "规划", "测绘", "不动产"),
    "development_reform": ("发展和改革", "发展改革", "发改", "物价"),
    "industry_commerce": ("工业和信息化", "工信", "经信", "经济和信息化", "商务", "工商", "招商", "经济", "科技", "科学技术"),
    "market_regulation": ("市场监督", "市场监管", "质监", "食品药品"),
    "emergency": ("应急管理", "应急", "安全生产", "安监", "地震", "气象"),
    "ethnic_religious": ("民族宗教", "民宗", "宗教", "民族事务"),
    "veterans": ("退役军人",),
    "justice": ("司法", "法院", "检察", "信访"),
    "data_government": ("数据", "政务服务", "大数据", "营商环境", "行政审批"),
    "general_government": ("人民政府", "政府办公室", "政府办公厅", "办公室", "办公厅", "管委会", "管理委员会", "政府"),
}

# ================================================================ who: body, role, handling
CPPCC_WORDS = ("政协", "政治协商会议", "提案")
CONGRESS_WORDS = ("人大", "人民代表大会", "代表建议", "议案")
CO_HANDLER_WORDS = ("会办意见", "协办意见", "会办单位意见", "会办", "协办答复", "协办")
ORGANIZATION_ADDRESSEE_WORDS = (
    "民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "台盟", "工商联", "共青团", "妇联", "总工会",
    "科协", "侨联", "委员会", "代表团", "界别", "小组", "支部", "街道", "镇人民政府", "办事处",
)

# ================================================================ outcome: response categories
# Letters a reply can state, and what they usually mean (A/B/C/D scheme of most places).
CATEGORY_MEANINGS = {
    "A": "已解决或基本解决、已采纳 (resolved / adopted)",
    "B": "正在解决、列入计划逐步解决 (being resolved / planned)",
    "C": "留作参考、因条件限制暂不能解决 (kept for reference / cannot be resolved now)",
}
# Local equivalents mapped to the A/B/C scheme; D (留作参考 in four-letter schemes) maps to C.
CATEGORY_ALIASES = {"甲": "A", "乙": "B", "丙": "C", "丁": "C", "D": "C", "Ａ": "A", "Ｂ": "B", "Ｃ": "C", "Ｄ": "C"}

# Weighted cue lexicon: category → {cue: weight}. A cue is a literal phrase, or a regular expression
# when it starts with ``re:``. The inferred category is the one with the highest total weight of
# its cues (each distinct cue counted once); C cues outweigh B, and B outweighs A, because a reply
# reports what it already did before saying what it cannot do.
CATEGORY_CUES: dict[str, dict[str, float]] = {
    "A": {
        "已解决": 3.0, "已经解决": 3.0, "得到解决": 3.0, "得到了解决": 3.0, "基本解决": 3.0, "已基本解决": 3.0,
        "已采纳": 3.0, "予以采纳": 3.0, "已被采纳": 3.0, "全部采纳": 3.0, "已吸纳": 2.5, "采纳了": 2.5,
        "已落实": 3.0, "已经落实": 3.0, "已全部落实": 3.0, "得到落实": 2.5, "已办结": 2.5, "已完成": 1.5,
        "已全部完成": 2.5, "已经完成": 1.5, "已建成": 1.5, "已竣工": 2.0, "已投入使用": 2.0, "投入使用": 1.0,
        "已通车": 2.0, "已开通": 1.5, "已修复": 2.0, "已安装": 1.5, "已整改": 2.0, "整改到位": 2.0, "已拨付": 1.5,
        "已实施": 1.0, "已出台": 1.5, "已印发": 1.0, "已纳入并实施": 2.0, "已全面": 1.0, "表示满意": 1.0,
    },
    "B": {
        "正在解决": 3.0, "正在实施": 2.5, "正在推进": 2.5, "正在建设": 2.5, "正在办理": 2.5, "正在进行": 2.0,
        "正在开展": 2.0, "正在积极": 2.0, "正在研究": 2.0, "正在编制": 2.5, "正在施工": 2.5, "正在协调": 2.0,
        "列入计划": 3.0, "纳入计划": 3.0, "re:(?:列入|纳入)[^。；，]{0,14}(?:计划|规划|项目库|储备)": 3.0,
        "逐步解决": 3.0, "分步解决": 3.0, "分步实施": 2.5, "分年度": 2.0, "逐步实施": 2.0, "逐年": 1.5,
        "re:预计[^。；]{0,20}(?:完成|开工|建成|投入使用|通车|实施)": 3.0, "力争": 1.5, "计划于": 2.0,
        "已启动": 1.5, "已立项": 2.0, "前期工作": 2.0, "推进中": 2.0, "有序推进": 1.5, "加快推进": 1.0,
        "年底前": 1.5, "年内": 1.0, "待资金到位": 2.0, "下一步": 0.5,
    },
    "C": {
        "留作参考": 4.0, "作为参考": 3.5, "参考借鉴": 2.5, "予以参考": 3.5, "暂不具备": 4.0, "不具备条件": 4.0,
        "re:不具备[^。；]{0,12}条件": 4.0, "因条件限制": 4.0, "条件限制": 3.0, "受条件限制": 4.0,
        "暂时不能解决": 4.0, "暂不能解决": 4.0, "暂时无法解决": 4.0, "暂无法解决": 4.0, "暂时无法": 3.5,
        "暂无法": 3.5, "无法实施": 3.0, "难以实施": 3.0, "难以实现": 2.5, "尚无资金": 3.5, "暂无资金": 3.5,
        "资金缺口": 1.5, "资金紧张": 2.0, "暂不": 2.5, "暂缓": 3.0, "待条件成熟": 3.5, "条件成熟时": 3.0,
        "不属于": 2.5, "超出": 1.5, "不符合": 2.0, "无法满足": 3.0, "不予": 3.0, "不宜": 2.5,
    },
}
# When no cue fires at all, this is the answer (the most common category of replies).
DEFAULT_CATEGORY = "B"

# ================================================================ promises
# Units of quantitative targets: unit → kind. Longest first when compiled.
TARGET_UNITS = {
    "万人次": "people", "人次": "people", "万人": "people", "名": "people", "人": "people", "户": "households",
    "所": "institutions", "家": "institutions", "个": "items", "处": "sites", "座": "structures", "栋": "buildings",
    "套": "units", "间": "rooms", "张": "beds", "辆": "vehicles", "台": "machines", "条": "lines", "项": "projects",
    "批": "batches", "场": "events", "次": "times", "期": "sessions", "班": "classes",
    "公里": "length", "千米": "length", "米": "length", "延米": "length",
    "平方公里": "area", "平方米": "area", "万平方米": "area", "亩": "area", "万亩": "area", "公顷": "area",
    "吨": "weight", "万吨": "weight", "立方米": "volume", "万立方米": "volume",
    "万元": "money", "亿元": "money", "元": "money", "千元": "money", "百万元": "money",
    "%": "percent", "％": "percent", "个百分点": "percent",
}
# Money units → multiplier to yuan.
MONEY_MULTIPLIERS = {"元": 1, "千元": 1_000, "万元": 10_000, "十万元": 100_000, "百万元": 1_000_000,
                     "千万元": 10_000_000, "亿元": 100_000_000, "万亿元": 1_000_000_000_000}
# Commitment strengths the parser emits (``Commitment.strength``), strongest first.
STRENGTHS = ("done", "firm", "planned", "vague")

# ================================================================ specificity
# Words that make 《…》 a cited document rather than a quoted proposal title.
DOCUMENT_TITLE_ENDINGS = (
    "法", "条例", "规定", "办法", "细则", "意见", "通知", "方案", "规划", "纲要", "计划", "决定", "标准", "规范",
    "指南", "指引", "目录", "清单", "制度", "规程", "章程", "批复", "报告", "公告", "通告", "措施", "政策", "守则",
    "导则", "要点", "名单", "手册",
)
# A named organisation: optional place units, a department word, up to 8 more characters, an ending
# (信阳市教育体育局, 国家发展改革委, 市政协提案委, 人社部). Generic 有关部门 / 学校 are not names.
ORG_ENDINGS = (
    "人民政府办公室", "人民政府", "常务委员会", "委员会", "管理局", "事务局", "服务中心", "中心", "办公室", "办公厅",
    "办事处", "分局", "总局", "支队", "大队", "局", "厅", "委", "部", "办", "室", "公司", "集团", "医院", "学院", "银行",
    "协会", "联合会", "街道", "政府",
)
ORG_DEPARTMENT_WORDS = (
    "政协", "人大", "人民政府", "政府", "提案", "督查", "发展改革", "人社", "住建", "卫健", "医保", "教体", "国资",
    "统计", "审计", "商务", "外事", "侨务", "信访", "机关事务", "党史", "档案", "组织", "宣传", "统战", "编办",
)
# Leading characters that glue a function word onto a name (经市教育体育局 → 市教育体育局).
ORG_LEADING_NOISE = (
    "会同", "联合", "协调", "通过", "督促", "指导", "配合", "经", "由", "向", "与", "和", "及", "请", "对", "在", "为",
    "是", "将", "把", "同", "商", "的", "全", "各", "据", "从", "给", "被", "让", "已", "并",
)
# Verbs/adverbs that make a sentence a report of past action (and not a promise).
PAST_ACTION_WORDS = ("已", "了", "先后", "累计", "共计", "截至", "截止", "完成", "曾", "去年", "近年来", "目前")
# Markers of a promise sentence (the future).
PROMISE_WORDS = ("下一步", "下步", "今后", "将", "拟", "计划", "力争", "争取", "预计", "后续", "接下来", "下一阶段")
# Formulas of the opening and closing: matched as whole sentences to measure boilerplate.
OPENING_FORMULAS = (
    "收悉", "答复如下", "回复如下", "函复如下", "答复意见", "现将", "办理情况", "交由", "研究办理", "经研究", "认真研究",
)
CLOSING_FORMULAS = (
    "感谢", "感謝", "谢谢", "关心和支持", "关心支持", "关心与支持", "支持和理解", "宝贵意见", "宝贵建议", "一如既往",
    "多提", "监督和指导", "特此答复", "专此答复", "专此函复", "特此函复", "此致", "敬礼", "以上答复", "如有不妥",
    "批评指正", "敬请反馈", "是否满意", "顺祝", "祝您", "工作顺利", "身体健康",
)

# ================================================================ engagement
# Kind of contact with the proposer → phrases that state it.
CONTACT_CUES: dict[str, tuple[str, ...]] = {
    "face_to_face": ("当面沟通", "当面交流", "面对面", "见面", "面商", "当面汇报", "登门", "上门"),
    "phone": ("电话沟通", "电话联系", "电话交流", "通过电话", "电话征求", "致电"),
    "meeting": ("座谈", "召开座谈会", "专题会", "协商会", "恳谈"),
    "visit": ("走访", "拜访", "实地查看", "实地调研", "实地察看", "现场查看", "陪同", "一同到"),
    "consultation": ("征求意见", "征求您的意见", "沟通交流", "充分沟通", "沟通协商", "交换意见", "听取意见", "听取您"),
}
# Who is spoken to when the contact is stated: only sentences that mention the proposer count.
PROPOSER_WORDS = ("代表", "委员", "您", "你们", "你")
# Stated satisfaction: label → regular expressions, checked in this order, only in sentences that
# mention the proposer (or an 评价 of the result).
SATISFACTION_CUES = {
    "unsatisfied": (r"不满意",),
    "basically_satisfied": (r"基本满意",),
    "satisfied": (r"表示满意", r"非常满意", r"很满意", r"十分满意", r"评价[：:]?\s*[“\"]?满意", r"满意[。！”\"]",
                  r"对[^。]{0,30}(?:答复|办理|结果|工作)[^。]{0,6}满意"),
}
# Sentences (or parts) that mention 满意 without stating it: feedback prompts and set phrases.
SATISFACTION_PROMPTS = (
    "是否满意", "满意度", "满意程度", "满意、基本满意", "满意/基本满意", "满意□", "征询意见表", "反馈表", "人民满意",
    "群众满意", "百姓满意", "满意的", "让您满意", "使您满意", "令您满意",
)
CO_HANDLING_CUES = ("协办单位", "会办单位", "会同", "联合", "协同", "共同研究", "与协办")

# ================================================================ topic
# Policy area → keywords counted over the jieba segmentation of the body. Every keyword is also
# added to the segmenter's dictionary so it comes out as one token.
TOPICS: dict[str, tuple[str, ...]] = {
    "education": ("教育", "学校", "学生", "教师", "中职", "职业教育", "义务教育", "学前教育", "幼儿园", "校园", "课堂",
                  "招生", "师资", "办学", "中小学", "高校", "职教", "培训", "教学", "课后服务"),
    "transport": ("交通", "道路", "公路", "公交", "客运", "线路", "站点", "通车", "桥梁", "路面", "停车", "车辆",
                  "运输", "红绿灯", "信号灯", "乡村公路", "农村公路", "高速", "铁路", "出行"),
    "housing": ("住房", "小区", "老旧小区", "物业", "保障性住房", "公租房", "房屋", "棚户区", "改造", "加装电梯",
                "住宅", "房地产", "不动产", "拆迁", "安置"),
    "health": ("医疗", "医院", "卫生", "医保", "患者", "医生", "疾病", "诊疗", "健康", "药品", "村医", "卫生院",
               "疫苗", "护理", "门诊", "就医"),
    "public_security": ("治安", "公安", "警力", "交警", "电信诈骗", "诈骗", "监控", "违法", "执法", "派出所", "巡逻",
                        "安全隐患", "刑事", "犯罪", "消防"),
    "water": ("水利", "水库", "河道", "饮水", "供水", "排水", "灌溉", "防汛", "水资源", "污水", "水源", "渠道",
              "堤防", "水务", "自来水"),
    "finance": ("财政", "资金", "预算", "税收", "金融", "贷款", "专项债", "补贴", "债务", "融资"),
    "agriculture": ("农业", "农村", "农民", "种植", "养殖", "耕地", "粮食", "乡村振兴", "农产品", "合作社", "农田",
                    "畜牧", "林业", "产业振兴", "高标准农田"),
    "environment": ("环境", "污染", "生态", "环保", "垃圾", "噪音", "扬尘", "排放", "绿化", "大气", "秸秆", "环境整治"),
    "civil_affairs": ("养老", "民政", "低保", "救助", "老年人", "残疾人", "儿童", "殡葬", "社会组织", "养老服务",
                      "社区", "婚姻"),
    "human_resources": ("就业", "人才", "社保", "工资", "劳动", "技能", "招聘", "创业", "职称", "养老保险", "持证"),
    "culture_tourism": ("文化", "旅游", "景区", "文物", "体育", "图书馆", "非遗", "文旅", "演出", "全民健身"),
    "urban_management": ("城市管理", "城管", "市容", "占道", "路灯", "环卫", "公厕", "园林", "摊贩", "违建"),
    "economy": ("企业", "营商环境", "产业", "招商", "项目", "投资", "园区", "中小企业", "民营经济", "市场主体", "消费"),
}
