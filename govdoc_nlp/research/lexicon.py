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

# Prefecture-level cities (地级市), short names: a bare city name (淮北杜集区) counts as a unit only
# when listed here.
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

# County-level cities (县级市), short names. ``X市`` is a prefecture unless X is listed here (or the
# name goes on to a 区/县 below it, which then decides); unknown names default to prefecture.
COUNTY_LEVEL_CITIES = (
    "辛集", "晋州", "新乐", "遵化", "迁安", "滦州", "涿州", "定州", "安国", "高碑店", "任丘", "黄骅", "河间", "泊头",
    "霸州", "三河", "深州", "武安", "南宫", "沙河", "古交", "潞城", "高平", "介休", "永济", "河津", "原平", "侯马",
    "霍州", "孝义", "汾阳", "满洲里", "扎兰屯", "牙克石", "根河", "额尔古纳", "乌兰浩特", "阿尔山", "霍林郭勒",
    "二连浩特", "锡林浩特", "丰镇", "新民", "瓦房店", "庄河", "海城", "东港", "凤城", "凌海", "北镇", "盖州",
    "大石桥", "灯塔", "调兵山", "开原", "北票", "凌源", "兴城", "榆树", "德惠", "公主岭", "蛟河", "桦甸", "舒兰",
    "磐石", "双辽", "梅河口", "集安", "临江", "扶余", "洮南", "大安", "延吉", "图们", "敦化", "珲春", "龙井",
    "和龙", "尚志", "五常", "讷河", "虎林", "密山", "铁力", "同江", "富锦", "抚远", "绥芬河", "海林", "宁安",
    "穆棱", "东宁", "北安", "五大连池", "安达", "肇东", "海伦", "江阴", "宜兴", "新沂", "邳州", "溧阳", "常熟",
    "张家港", "昆山", "太仓", "启东", "如皋", "海门", "海安", "东台", "仪征", "高邮", "丹阳", "扬中", "句容",
    "兴化", "靖江", "泰兴", "建德", "余姚", "慈溪", "瑞安", "乐清", "龙港", "海宁", "平湖", "桐乡", "诸暨", "嵊州",
    "兰溪", "义乌", "东阳", "永康", "江山", "温岭", "临海", "玉环", "龙泉", "巢湖", "无为", "天长", "明光", "界首",
    "宁国", "广德", "潜山", "桐城", "福清", "永安", "石狮", "晋江", "南安", "龙海", "邵武", "武夷山", "建瓯",
    "漳平", "福安", "福鼎", "乐平", "瑞昌", "共青城", "庐山", "贵溪", "瑞金", "龙南", "井冈山", "丰城", "樟树",
    "高安", "德兴", "胶州", "平度", "莱西", "滕州", "龙口", "莱阳", "莱州", "招远", "栖霞", "海阳", "青州", "诸城",
    "寿光", "安丘", "高密", "昌邑", "曲阜", "邹城", "新泰", "肥城", "荣成", "乳山", "乐陵", "禹城", "临清", "邹平",
    "巩义", "荥阳", "新密", "新郑", "登封", "偃师", "舞钢", "汝州", "林州", "卫辉", "辉县", "长垣", "沁阳", "孟州",
    "禹州", "长葛", "义马", "灵宝", "邓州", "永城", "项城", "济源", "大冶", "丹江口", "宜都", "当阳", "枝江",
    "老河口", "枣阳", "宜城", "钟祥", "京山", "应城", "安陆", "汉川", "石首", "洪湖", "松滋", "监利", "麻城",
    "武穴", "赤壁", "广水", "恩施", "利川", "仙桃", "潜江", "天门", "浏阳", "宁乡", "醴陵", "湘乡", "韶山",
    "耒阳", "常宁", "武冈", "邵东", "汨罗", "临湘", "津市", "沅江", "资兴", "洪江", "冷水江", "涟源", "吉首",
    "乐昌", "南雄", "台山", "开平", "鹤山", "恩平", "廉江", "雷州", "吴川", "高州", "化州", "信宜", "四会",
    "兴宁", "陆丰", "阳春", "英德", "连州", "普宁", "罗定", "岑溪", "东兴", "桂平", "北流", "靖西", "平果",
    "荔浦", "宜州", "合山", "凭祥", "五指山", "琼海", "文昌", "万宁", "东方", "都江堰", "彭州", "邛崃", "崇州",
    "简阳", "广汉", "什邡", "绵竹", "江油", "射洪", "隆昌", "峨眉山", "阆中", "华蓥", "万源", "马尔康", "康定",
    "会理", "西昌", "清镇", "赤水", "仁怀", "盘州", "兴义", "兴仁", "凯里", "都匀", "福泉", "安宁", "宣威",
    "澄江", "腾冲", "水富", "楚雄", "禄丰", "个旧", "开远", "蒙自", "弥勒", "文山", "景洪", "大理", "瑞丽",
    "芒市", "泸水", "香格里拉", "兴平", "彬州", "韩城", "华阴", "子长", "神木", "旬阳", "玉门", "敦煌", "临夏",
    "合作", "华亭", "玉树", "格尔木", "德令哈", "茫崖", "同仁", "灵武", "青铜峡", "昌吉", "阜康", "博乐", "阿拉山口",
    "库尔勒", "阿克苏", "库车", "阿图什", "喀什", "和田", "伊宁", "奎屯", "霍尔果斯", "塔城", "乌苏", "沙湾",
    "阿勒泰", "石河子", "五家渠",
)
# County-level cities whose name + 市 reads like a word of NOT_A_PLACE (应城市 holds 城市).
COUNTY_CITIES_WITH_PLACE_WORDS = ("应城", "韩城", "邹城", "诸城", "麻城", "宜城", "丰城")

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
    "城乡", "乡村", "乡镇", "城镇", "村镇", "集镇", "社区", "园区", "景区", "小区", "片区", "辖区",
    "校区", "区域", "区划", "区间", "市场", "市政", "市民", "市容", "城市",
    "都市", "超市", "县级", "市级", "省级", "区级", "镇级", "乡级", "州级", "厅级", "部门", "部署", "全部", "内部",
    "干部", "支部", "总部", "部分", "局部", "政府", "乡土", "家乡", "下乡", "故乡", "老乡", "镇静",
)
# A bare leading level word with no place name: 市教育体育局, 县交通运输局, 区水务局, 省交通运输厅.
BARE_LEVEL_PREFIX = {
    "省": "provincial", "自治区": "provincial", "市": "prefecture", "州": "prefecture", "盟": "prefecture",
    "县": "county", "区": "county", "旗": "county", "镇": "township", "乡": "township", "街道": "township",
}

# How a reply names its own level when the issuer is not known (我乡 → township); checked in order.
SELF_REFERENCE_LEVELS = (
    ("我乡", "township"), ("我镇", "township"), ("本镇", "township"), ("我街道", "township"), ("本街道", "township"),
    ("我县", "county"), ("我区", "county"), ("我旗", "county"), ("我州", "prefecture"), ("我省", "provincial"),
    ("我部", "national"),
)

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
    "general_government": ("人民政府", "政府办公室", "政府办公厅", "办公室", "办公厅", "管委会", "管理委员会", "政府", "办事处", "街道"),
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
        "re:已(?:全部|经|基本)?(?:办理)?落实": 3.0, "落实到位": 2.5, "办理落实": 2.5, "正式运营": 1.5, "正式开通": 1.5,
        "问题已": 1.5, "全部结清": 3.0, "全额返还": 2.5, "已全额": 2.5,
        "re:已于[^。；]{0,16}(?:全部|全额)?(?:完成|结清|返还|办结|解决|建成|到位|拨付|发放|开通|投入使用)": 3.0,
        "re:(?:今年|去年|\\d{4}年)(?:以来)?[，,]?我[局委办厅部县市区镇乡站][^。]{0,30}(?:新建|建成|完成|改造|补充|发放|整合)": 1.0,
    },
    "B": {
        "正在解决": 3.0, "正在实施": 2.5, "正在推进": 2.5, "正在建设": 2.5, "正在办理": 2.5, "正在进行": 2.0,
        "正在开展": 2.0, "正在积极": 2.0, "正在研究": 2.0, "正在编制": 2.5, "正在施工": 2.5, "正在协调": 2.0,
        "re:(?<![未不没])(?:列入|纳入)计划": 3.0, "re:(?<![未不没])(?:列入|纳入)[^。；，]{0,14}(?:计划|规划|项目库|储备)": 3.0,
        "逐步解决": 3.0, "分步解决": 3.0, "分步实施": 2.5, "分年度": 2.0, "逐步实施": 2.0, "逐年": 1.5,
        "re:预计[^。；]{0,20}(?:完成|开工|建成|投入使用|通车|实施)": 3.0, "力争": 0.75, "计划于": 1.0,
        "已启动": 1.5, "已立项": 2.0, "前期工作": 2.0, "推进中": 2.0, "有序推进": 1.0, "加快推进": 0.5,
        "年底前": 0.5, "年内": 0.5, "re:待[^。；，]{0,6}资金到位": 2.0, "下一步": 0.5,
        "拟于": 1.5, "re:预计[^。；]{0,20}(?:完工|竣工)": 3.0,
        "re:正在(?:逐步|加快|抓紧)?(?:接入|推进|实施|建设|办理|开展|编制|施工|协调|研究|组织|改造|完善)": 2.0,
        "re:目前已完成[^。；]{0,12}(?:初稿|调研|方案|前期|设计|选址)": 2.0,
        "re:(?:登记率|覆盖率|完成率|入网率)达到\\d{1,2}(?:\\.\\d+)?%": 1.5,
    },
    "C": {
        "留作参考": 4.0, "作为参考": 3.5, "参考借鉴": 2.5, "予以参考": 3.5, "暂不具备": 4.0, "不具备条件": 4.0,
        "re:不具备[^。；]{0,12}条件": 4.0, "因条件限制": 4.0, "条件限制": 3.0, "受条件限制": 4.0,
        "暂时不能解决": 4.0, "暂不能解决": 4.0, "暂时无法解决": 4.0, "暂无法解决": 4.0, "暂时无法": 3.5,
        "暂无法": 3.5, "无法实施": 3.0, "难以实施": 3.0, "难以实现": 2.5, "尚无资金": 3.5, "暂无资金": 3.5,
        "资金缺口": 1.5, "资金紧张": 2.0, "暂不": 2.5, "暂缓": 3.0, "待条件成熟": 3.5, "条件成熟时": 3.0,
        "不属于": 2.5, "超出": 1.5, "不符合": 2.0, "无法满足": 3.0, "不予": 3.0, "不宜": 2.5,
        "政策限制": 4.0, "re:(?:因|受)[^。，；]{0,8}(?:限制|所限)": 3.5, "re:暂(?:时)?不能(?:安排|实施|解决|满足|办理)": 4.0,
        "re:(?:尚|暂)未(?:列入|纳入)": 2.0, "re:无法(?:办理|实施|解决|满足|调整|安排|落实|实现|建设)": 3.5,
        "予以理解": 2.5, "敬请理解": 2.5,
    },
}
# Cues of A and B inside a passage about the future (from 下一步/今后… to the end of its paragraph)
# count this much: the category is the state of the request, the future passage is broader work.
FUTURE_PASSAGE_WEIGHT = 0.5
FUTURE_PASSAGE_MARKERS = ("下一步", "下步", "今后", "下一阶段", "接下来", "后续", "未来")
# The answer when the evidence is weak: no cue, a winning weight under CATEGORY_MIN_WEIGHT, or a lead
# over the runner-up under CATEGORY_MIN_MARGIN. Both thresholds were chosen on corpora/ (coverage 0.74,
# agreement 0.93 there); out of sample see docs/CODEBOOK.md and benchmarks/bench_category.py.
DEFAULT_CATEGORY = "unknown"
CATEGORY_MIN_WEIGHT = 2.0
CATEGORY_MIN_MARGIN = 1.0

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
    "会同", "联合", "协调", "通过", "督促", "指导", "配合", "抄送", "抄报", "根据", "依据", "按照", "印发", "经", "由", "向", "与", "和", "及", "请", "对", "在", "为",
    "是", "将", "把", "同", "商", "的", "全", "各", "据", "从", "给", "被", "让", "已", "并",
)
# Verbs/adverbs that make a sentence a report of past action (and not a promise).
PAST_ACTION_WORDS = ("已", "了", "先后", "累计", "共计", "截至", "截止", "完成", "曾", "去年", "近年来", "目前")
# Markers of a promise sentence (the future).
PROMISE_WORDS = ("下一步", "下步", "今后", "将", "拟", "计划于", "计划在", "力争", "争取", "预计", "后续", "接下来", "下一阶段")
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
    "consultation": ("征求意见", "征求", "沟通交流", "充分沟通", "沟通协商", "交换意见", "听取意见", "听取"),
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
    "housing": ("住房", "小区", "老旧小区", "物业", "保障性住房", "公租房", "房屋", "棚户区", "老旧小区改造", "加装电梯",
                "住宅", "房地产", "不动产", "拆迁", "安置"),
    "health": ("医疗", "医院", "卫生", "医保", "患者", "医生", "疾病", "诊疗", "健康", "药品", "村医", "卫生院",
               "疫苗", "护理", "门诊", "就医"),
    "public_security": ("治安", "公安", "警力", "交警", "电信诈骗", "诈骗", "监控", "违法", "执法", "派出所", "巡逻",
                        "安全隐患", "刑事", "犯罪", "消防"),
    "water": ("水利", "水库", "河道", "饮水", "供水", "排水", "灌溉", "防汛", "水资源", "污水", "水源",
              "堤防", "水务", "自来水", "管网", "供水管网", "水质", "蓄水池", "水厂"),
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

# ================================================================ where: geography (research/geography.py)
# Official division names that are also common words and never count as a mention (山西 阳泉 城区, 郊区…).
NOT_A_DIVISION_NAME = ("城区", "郊区", "矿区", "东区", "西区", "新区", "开发区", "市辖区", "县")
# Short names of prefectures that are common words (日照 sunlight, 来宾 guests, 白银 silver, 安康 well-being).
SHORT_NAME_STOPWORDS = (
    "来宾", "日照", "白银", "安康", "大同", "朝阳", "中山", "黄山", "白山", "北海", "普洱", "红河", "文山", "海口",
    "阿里", "长治", "吉安", "大理", "和田", "海西", "海北", "山南", "金华", "丽水", "玉树", "宜春", "常德", "平安",
    "新城", "城关", "东方", "合作", "太平", "永安", "安宁", "长寿", "通化", "江北", "南岸", "河口", "石门",
)
# Where a division name is read, and what it weighs. The name of the replying body decides; the
# title and the session come next; the site's own lines (主办、版权所有、来源、联系单位) then; a name
# in the running text weighs least (the body speaks of other places too).
GEO_WEIGHTS = {"issuer": 10.0, "organizer": 8.0, "title": 6.0, "session": 6.0, "site": 4.0, "text": 1.0}
# A line of the page that names the site or the unit behind it.
GEO_SITE_LINE_WORDS = ("主办", "承办", "版权所有", "门户网站", "人民政府网", "网站标识码", "来源", "联系单位", "发布机构",
                       "上一条", "下一条", "上一篇", "下一篇")
# Which level a body's name points at decides how deep the geography goes (a prefecture bureau's reply
# that names the counties of its city has no county).
GEO_DEPTH = {"national": 0, "provincial": 1, "prefecture": 2, "county": 3, "township": 3}

# ================================================================ when and which: sessions (research/linkage.py)
# First year of each term of the National People's Congress and of the national CPPCC (the first
# session of term N sits in that year, session k in year + k − 1).
NPC_TERM_START = {5: 1978, 6: 1983, 7: 1988, 8: 1993, 9: 1998, 10: 2003, 11: 2008, 12: 2013, 13: 2018, 14: 2023}
CPPCC_TERM_START = {5: 1978, 6: 1983, 7: 1988, 8: 1993, 9: 1998, 10: 2003, 11: 2008, 12: 2013, 13: 2018, 14: 2023}
# Opening day of the annual national sessions (month, day) where it was not the usual one
# (NPC 5 March, CPPCC 3 March until 2020 and 4 March since 2021).
NPC_OPENING = {2020: (5, 22)}
CPPCC_OPENING = {2020: (5, 21), **{y: (3, 4) for y in range(2021, 2031)}}
NPC_USUAL_OPENING = (3, 5)
CPPCC_USUAL_OPENING = (3, 3)
# Words that mark a session as national.
NATIONAL_SESSION_WORDS = ("全国人大", "全国人民代表大会", "全国政协", "全国委员会")
# The level word a session starts with when it does not name its place (县十七届人大 → county).
SESSION_LEVEL_WORDS = {"省": 1, "自治区": 1, "市": 2, "州": 2, "自治州": 2, "盟": 2, "地区": 2, "县": 3, "区": 3,
                       "旗": 3, "自治县": 3, "乡": 4, "镇": 4}

# ================================================================ topic: Comparative Agendas Project (research/cap.py)
# Major topics of the CAP master codebook (https://www.comparativeagendas.net/pages/master-codebook).
CAP_MAJOR_TOPICS = {
    1: "Macroeconomics", 2: "Civil Rights", 3: "Health", 4: "Agriculture", 5: "Labor", 6: "Education",
    7: "Environment", 8: "Energy", 9: "Immigration", 10: "Transportation", 12: "Law and Crime", 13: "Social Welfare",
    14: "Housing", 15: "Domestic Commerce", 16: "Defense", 17: "Technology", 18: "Foreign Trade",
    19: "International Affairs", 20: "Government Operations", 21: "Public Lands", 23: "Culture",
}
# CAP major → {word: weight}. A word is a literal, or a regular expression after ``re:``. Read on the
# proposal title first (each distinct word once); on the body only when the title gives nothing (each
# occurrence counts). Longer words are matched first and their characters are not read again (公交站
# is transport, not 公 + 交…). Placement used in the codebook: drinking-water supply, flood control,
# parks and reservoirs → 21 (public lands and water management); sewage, refuse and greening → 7;
# heating → 8; public toilets, street lights, residential compounds → 14; parking and traffic order →
# 10; dogs and order around schools → 12; old-age care, childcare and cemeteries → 13; tourism and
# markets → 15; sport → 23.
CAP_KEYWORDS: dict[int, dict[str, float]] = {
    1: {"财政": 1.0, "税收": 1.5, "预算": 1.0, "专项债": 1.5, "债务": 1.0, "物价": 1.5, "经济发展": 0.5},
    3: {"医院": 2.0, "医疗": 2.0, "卫生院": 2.0, "卫生室": 2.0, "诊所": 2.0, "医保": 2.0, "医生": 1.5, "村医": 2.0,
        "疫苗": 2.0, "疾病": 1.5, "健康": 1.0, "食品安全": 2.0, "食品": 1.5, "药品": 2.0, "患者": 1.5, "就医": 2.0,
        "看病": 2.0, "中医": 1.5, "医务": 1.5, "护士": 1.5, "急救": 2.0},
    4: {"农业": 2.0, "种植": 2.0, "养殖": 2.0, "农田": 2.0, "畜牧": 2.0, "农产品": 2.0, "粮食": 2.0, "农机": 2.0,
        "渔业": 2.0, "蔬菜": 2.0, "柑橘": 2.0, "水果": 2.0, "茶叶": 2.0, "中药材": 2.0, "耕地": 2.0, "合作社": 1.5,
        "种子": 1.5, "化肥": 1.5, "农药": 1.5, "果园": 2.0, "农户": 1.0},
    5: {"就业": 2.0, "工资": 2.0, "欠薪": 2.0, "劳动": 1.5, "社保": 1.5, "养老保险": 2.0, "技能培训": 2.0,
        "农民工": 2.0, "招聘": 1.5, "职称": 1.5, "人才": 1.0},
    6: {"学校": 1.5, "小学": 1.5, "中学": 1.5, "初中": 1.5, "高中": 1.5, "幼儿园": 2.0, "教师": 2.0, "教育": 2.0,
        "校园": 1.5, "学生": 1.5, "学位": 1.5, "入园": 1.5, "校舍": 2.0, "职业教育": 2.0, "课后服务": 2.0, "办学": 2.0,
        "师资": 2.0, "教学": 1.5, "学校搬迁": 1.0},
    7: {"环境": 1.0, "污染": 2.0, "环保": 2.0, "垃圾": 2.0, "污水": 2.0, "排污": 2.0, "雨污": 2.0, "生态环境": 2.0,
        "噪音": 2.0, "噪声": 2.0, "扬尘": 2.0, "绿化": 2.0, "环卫": 2.0, "保洁": 1.5, "秸秆": 2.0, "黑臭": 2.0,
        "河湖环境": 2.0, "空气": 1.5, "排渣": 1.5},
    8: {"供暖": 2.5, "取暖": 2.5, "供热": 2.5, "电力": 2.0, "供电": 2.0, "电网": 2.0, "燃气": 2.0, "天然气": 2.0,
        "能源": 2.0, "光伏": 2.0, "煤改电": 2.0},
    10: {"道路": 2.0, "公路": 2.0, "路面": 2.0, "交通": 2.0, "公交": 2.0, "停车": 2.0, "车库": 2.0, "车位": 2.0,
         "桥梁": 2.0, "高速": 2.0, "互通": 1.5, "乡道": 2.0, "村道": 2.0, "断头路": 2.0, "硬化": 1.5, "硬底化": 2.0,
         "客运": 2.0, "铁路": 2.0, "站台": 1.5, "候车亭": 2.0, "行车": 1.5, "电动车": 1.5, "红绿灯": 2.0,
         "信号灯": 2.0, "沥青": 2.0, "乡间路": 2.0, "路段": 1.5, "通车": 2.0, "出行": 1.5, "机场": 2.0, "航线": 2.0,
         "re:[东西南北中]路": 1.5},
    12: {"治安": 2.5, "公安": 2.0, "警务": 2.0, "犯罪": 2.0, "诈骗": 2.0, "毒品": 2.0, "养犬": 2.5, "流浪狗": 2.5,
         "流浪犬": 2.5, "宠物": 2.5, "综合治理": 2.0, "消防": 2.0, "禁毒": 2.0, "扫黑": 2.0, "监控": 1.0},
    13: {"养老": 2.0, "托育": 2.5, "婴幼儿": 2.0, "老年": 1.5, "低保": 2.0, "救助": 2.0, "残疾": 2.0, "福利": 1.5,
         "墓地": 2.0, "殡葬": 2.0, "公墓": 2.0, "留守儿童": 2.0, "困难群众": 1.5},
    14: {"住房": 2.0, "小区": 2.0, "物业": 2.0, "棚户区": 2.5, "公厕": 2.0, "公共厕所": 2.0, "厕所": 1.5, "路灯": 2.0,
         "城中村": 2.0, "盲道": 2.0, "城市建设": 1.5, "城市更新": 2.0, "加装电梯": 2.0, "人居环境": 2.0, "街区": 1.0,
         "市容": 1.5, "背街小巷": 1.5, "拆迁": 2.0, "安置": 1.5, "房屋": 1.5, "城市形象": 1.0},
    15: {"企业": 2.0, "营商": 2.0, "集市": 2.0, "市场": 1.5, "商贸": 2.0, "消费": 1.5, "旅游": 2.0, "文旅": 2.0,
         "产业": 1.0, "金融": 2.0, "物流": 2.0, "电商": 2.0, "商业": 1.5, "招商": 2.0, "摊点": 1.0},
    17: {"网络": 2.0, "通信": 2.0, "信号": 1.5, "5G": 2.0, "宽带": 2.0, "科技": 2.0, "数字化": 2.0, "信息化": 2.0,
         "大数据": 2.0, "互联网": 2.0},
    20: {"政务": 2.0, "热线": 2.5, "审批": 2.0, "编制": 1.5, "机构改革": 2.0, "公务员": 2.0, "信访": 2.0,
         "便民服务": 1.5, "一网通办": 2.5, "办事": 1.0},
    21: {"水利": 2.0, "水库": 2.5, "蓄水": 2.5, "河道": 2.0, "流域": 2.0, "防洪": 2.5, "排涝": 2.5, "泄洪": 2.5,
         "灌溉": 2.0, "堤": 1.5, "饮用水": 2.0, "饮水": 2.0, "供水": 2.0, "公园": 2.5, "湿地": 2.0, "地质": 1.5,
         "自然保护": 2.0, "生态红线": 2.0, "国土": 2.0, "土地": 1.5, "林地": 2.0, "森林": 2.0, "水潭": 1.5,
         "湖": 1.0, "游园": 2.0, "水土保持": 2.0, "山洪": 2.0},
    23: {"文化": 2.0, "文物": 2.0, "历史": 1.5, "地名": 1.5, "非遗": 2.0, "图书馆": 2.0, "博物馆": 2.0,
         "体育": 2.0, "健身": 2.0, "运动": 1.5, "旧址": 2.0, "古村": 2.0, "纪念": 1.5},
}
# Phrases that name where the request applies, not what it is about: removed before scoring
# (学校周边交通 is transport, 校园周边环境治理 is order).
CAP_PLACE_PHRASES = (r"(?:学校|校园|小学|中学|幼儿园)(?:周边|门前|门口|附近)", r"上、?放学")
# Among equal scores, the topic listed first here wins.
CAP_TIE_ORDER = (10, 6, 3, 21, 7, 14, 13, 12, 4, 8, 5, 15, 23, 17, 20, 1)
