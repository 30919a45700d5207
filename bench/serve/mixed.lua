-- bench/serve's mixed load for the RSS figure: 5,000 requests per wrk thread (run with -t2 → 10k),
-- cycling through cache hits on /p and /poster, first renders of other presets and titles, 304s,
-- nocache re-renders, probes, /stats, /metrics and error answers. MIX_KEY is the access key,
-- MIX_ETAG the ETag of /p/bar_notch/movie/tt0000001.jpg (for the 304s).
local key = os.getenv("MIX_KEY") or ""
local etag = os.getenv("MIX_ETAG") or ""
local per_thread = 5000

local presets = { "bar_notch", "clean_notch", "mini", "frosted_notch", "tinted_mini_sash", "bar_sash" }
local titles = { "tt0000001", "tt0000002", "tt0000004", "tt0000005", "tt0000006",
                 "tt0001101", "tt0001102", "tt0001103", "tt0001104", "tt0001105" }
local tmdb = { 1001, 1002, 1003, 1004, 1005, 1101, 1102, 1103, 1104, 1105 }

local counter = 0
local done = 0

local function plain(path)
    return wrk.format("GET", path)
end

request = function()
    counter = counter + 1
    local n = counter
    local slot = n % 20
    if slot == 0 then
        return plain("/poster?tmdb_id=" .. tmdb[math.floor(n / 20) % #tmdb + 1] .. "&type=movie&nocache=1&access_key=" .. key)
    elseif slot == 1 then
        return wrk.format("GET", "/p/bar_notch/movie/tt0000001.jpg", { ["If-None-Match"] = etag })
    elseif slot == 2 then
        return plain("/ready")
    elseif slot == 3 then
        return plain("/stats?access_key=" .. key)
    elseif slot == 4 then
        return plain("/metrics")
    elseif slot == 5 then
        return plain("/poster?tmdb_id=abc&type=movie&access_key=" .. key)        -- 400
    elseif slot == 6 then
        return plain("/poster?tmdb_id=1001&type=movie&access_key=wrong-key")      -- 403
    elseif slot == 7 then
        return plain("/p/no_such_preset/movie/tt0000001.jpg")                    -- 404
    elseif slot < 14 then
        local preset = presets[math.floor(n / 20) % #presets + 1]
        local title = titles[(n * 7 + slot) % #titles + 1]
        return plain("/p/" .. preset .. "/movie/" .. title .. ".jpg")
    else
        local id = tmdb[(n * 3 + slot) % #tmdb + 1]
        return plain("/poster?tmdb_id=" .. id .. "&type=movie&access_key=" .. key)
    end
end

response = function(status, headers, body)
    done = done + 1
    if done >= per_thread then
        wrk.thread:stop()
    end
end
