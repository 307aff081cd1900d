-- wrk script: pipelined keep-alive requests, PIPELINE_DEPTH (default 16)
-- GET requests of the URL's path sent in one write; wrk waits for all their
-- replies before it writes the next batch, and counts every reply.
--   wrk -t1 -c50 -d5s -s bench/pipeline.lua http://127.0.0.1:PORT/
local depth = tonumber(os.getenv("PIPELINE_DEPTH") or "16")

init = function(args)
   local requests = {}
   for i = 1, depth do
      requests[i] = wrk.format(nil, wrk.path)
   end
   batch = table.concat(requests)
end

request = function()
   return batch
end
